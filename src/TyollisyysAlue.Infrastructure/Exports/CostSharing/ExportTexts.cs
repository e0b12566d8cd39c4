using System.Globalization;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// Headings of the cost-sharing exports in one language. Kept here rather than in the Web project's
/// resources until exports get a UI of their own; every language must fill every text (a test checks).
/// </summary>
internal sealed partial record ExportTexts
{
    public static IReadOnlyList<ExportTexts> All => [Finnish, Swedish, English];

    /// <summary>The texts of "fi", "sv" or "en" (a region such as "sv-FI" is accepted); Finnish otherwise.</summary>
    public static ExportTexts For(string? language) => language?.Split('-', '_')[0].ToUpperInvariant() switch
    {
        "SV" => Swedish,
        "EN" => English,
        _ => Finnish,
    };

    public required string Language { get; init; }
    /// <summary>Formats numbers and dates in the PDF, e.g. fi-FI "1 234 567,89".</summary>
    public required CultureInfo Culture { get; init; }
    public required string SplitSheet { get; init; }
    public required string ScheduleSheet { get; init; }
    public required string ReconciliationSheet { get; init; }
    public required string SplitTitle { get; init; }
    public required string BudgetYear { get; init; }
    public required string Key { get; init; }
    public required string Version { get; init; }
    public required string Generated { get; init; }
    public required string SharedCost { get; init; }
    public required string Criterion { get; init; }
    public required string Weight { get; init; }
    public required string PotQuota { get; init; }
    public required string Pot { get; init; }
    public required string MunicipalityCode { get; init; }
    public required string Municipality { get; init; }
    public required string IndicatorValue { get; init; }
    public required string Quota { get; init; }
    public required string RoundingAdjustment { get; init; }
    public required string Amount { get; init; }
    public required string SharedTotal { get; init; }
    public required string Direct { get; init; }
    public required string Total { get; init; }
    public required string TotalsRow { get; init; }
    public required string FormulaNote { get; init; }
    public required IReadOnlyList<string> Months { get; init; }
    public required string FinalCost { get; init; }
    public required string Paid { get; init; }
    public required string Settlement { get; init; }
    public required string SettlementNote { get; init; }
    public required string ChartTitle { get; init; }
    /// <summary>"Page {0}/{1}".</summary>
    public required string Page { get; init; }
}
