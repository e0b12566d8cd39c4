namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>
/// What a plan section can embed from the rest of the app. The number is stored with the section, so never renumber.
/// </summary>
public enum LiveBlockKind
{
    Members = 1,
    CostSplit = 2,
    Budget = 3,
    Offices = 4,
    Staffing = 5,
    Services = 6,
    /// <summary>Each member's net position of the year (issue 14), from the financing feature.</summary>
    NetPosition = 7,
    /// <summary>
    /// The area's saved what-if scenarios of the year, each member's payment now and in the scenario; a block that names
    /// a scenario (its subject) shows that one only.
    /// </summary>
    WhatIf = 8,
    /// <summary>The goals' metrics linked to indicator series, with their latest values (issue 15.5).</summary>
    GoalMetrics = 9,
}

/// <summary>One column of a live table; numeric columns are right-aligned in the page, PDF and .docx.</summary>
public sealed record LiveColumn(string Header, bool Numeric = false);

/// <summary>
/// A table as of a date, already formatted for the plan's language (Finnish number and date style in every language).
/// Frozen into an approved version as it is (JSON), so it must carry everything needed to render it later.
/// </summary>
public sealed record LiveTable(
    LiveBlockKind Kind,
    string Caption,
    IReadOnlyList<LiveColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? Totals = null,
    string? Note = null);

/// <summary>
/// Which table to build: for the area in the current <c>AreaContext</c>, as of a date, in "fi", "sv" or "en"; for a
/// block about one saved thing (a what-if scenario) its id.
/// </summary>
public sealed record LiveBlockRequest(DateOnly AsOf, int Year, string Language, Guid? Subject = null);

/// <summary>
/// Builds one kind of live table from the area's current data. Each feature that owns the data registers its own
/// source (members, cost split and budget by the plan feature; services, offices and staffing by their features).
/// </summary>
public interface ILiveBlockSource
{
    LiveBlockKind Kind { get; }

    /// <summary>Reads through <c>IAppDbContextFactory</c> under the area isolation like every other query.</summary>
    Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken);
}
