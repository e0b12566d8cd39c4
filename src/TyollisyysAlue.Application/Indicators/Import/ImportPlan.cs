using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators.Import;

public enum ImportChange { New, Changed, Unchanged }

/// <summary>A value the import would save, with the value stored now (what the preview shows and the commit checks).</summary>
public sealed record PlannedValue(string Indicator, MunicipalityCode Municipality, Period Period, decimal Value, decimal? Current, CellLocation At)
{
    public ImportChange Change => Current is null ? ImportChange.New : Current == Value ? ImportChange.Unchanged : ImportChange.Changed;
}

/// <summary>
/// A member without a value for a period the file has: suppressed in the file (<see cref="Symbol"/> "..", "..." —
/// missing, never zero) or absent from it (<see cref="Symbol"/> null).
/// </summary>
public sealed record LackingValue(string Indicator, MunicipalityCode Municipality, Period Period, string? Symbol, CellLocation? At);

/// <summary>A whole-country, regional or other total row of the file, listed as skipped (not an error).</summary>
public sealed record SkippedArea(string Code, string Label, long Cells);

/// <summary>Why nothing can be saved: a resource key, its arguments, and the cell it is about (null for the whole file or mapping).</summary>
public sealed record ImportProblem(string Code, IReadOnlyList<object> Args, CellLocation? At = null);

/// <summary>A member municipality of the area and its days of membership (the end is inclusive; null while it lasts).</summary>
public sealed record MemberSpan(MunicipalityCode Code, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}

/// <summary>What the import needs from the database: the area's members, the register, the definitions and the values now.</summary>
public sealed record ImportScope(
    IReadOnlyList<MemberSpan> Memberships,
    IReadOnlySet<MunicipalityCode> Register,
    IReadOnlyDictionary<string, Indicator> Indicators,
    IReadOnlyDictionary<(string Indicator, MunicipalityCode Municipality, DateOnly Date), decimal> Current)
{
    private IReadOnlySet<MunicipalityCode>? _members;

    /// <summary>Every municipality that has been a member at some time: their values are the area's to import.</summary>
    public IReadOnlySet<MunicipalityCode> Members => _members ??= Memberships.Select(m => m.Code).ToHashSet();

    /// <summary>The members on a day: those a period of the file should have a value for.</summary>
    public IEnumerable<MunicipalityCode> MembersOn(DateOnly day) => Memberships.Where(m => m.Covers(day)).Select(m => m.Code).Distinct();

    /// <summary>When set, every period of the file must fall in this year (the API's <c>year</c>, the fetch's choice).</summary>
    public int? Year { get; init; }
}

/// <summary>
/// What an import would do: every value with its current one, the members lacking values, the totals skipped, and
/// every problem. Nothing is saved while there is a single problem — the file or the mapping is fixed and read again,
/// so a half-imported year can never happen.
/// </summary>
public sealed record IndicatorImportPlan(
    StatTableInfo Table,
    ImportMapping Mapping,
    IReadOnlyList<PlannedValue> Values,
    IReadOnlyList<LackingValue> Lacking,
    IReadOnlyList<SkippedArea> Skipped,
    long OtherMunicipalityCells,
    IReadOnlyList<ImportProblem> Problems,
    int MoreProblems)
{
    public bool CanImport => Problems.Count == 0 && Values.Any(v => v.Change != ImportChange.Unchanged);

    public int Count(ImportChange change) => Values.Count(v => v.Change == change);

    /// <summary>A file that could not be read at all (wrong type, over a limit, malformed).</summary>
    public static IndicatorImportPlan Unreadable(string fileName, StatFileException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(new StatTableInfo(StatFormat.Csv, fileName, [], 0), new ImportMapping(), [], [], [], 0,
            [new ImportProblem(error.Code, error.Args)], 0);
    }
}
