using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// What every cost-sharing export states besides the figures: whose split, which year and key (by its name and the
/// date it was last changed, as the committee knows it), when it was made, and the reader's language ("fi", "sv" or
/// "en"; anything else gets Finnish). Names come in that language: the area's, the municipalities' and the indicators'.
/// </summary>
public sealed record CostSharingExportHeader(
    string AreaName,
    int BudgetYear,
    string KeyName,
    DateTimeOffset? KeyChangedAt,
    DateTimeOffset GeneratedAt,
    string Language = TextTable.Finnish)
{
    /// <summary>Display names of the key's indicators, e.g. "population18to64" → "18–64-vuotiaat"; unnamed ones show their key.</summary>
    public IReadOnlyDictionary<string, string> IndicatorLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>The members' names in the reader's language (Lovisa, not Loviisa, in Swedish); others keep the split's name.</summary>
    public IReadOnlyDictionary<MunicipalityCode, string> MunicipalityNames { get; init; } = new Dictionary<MunicipalityCode, string>();

    public string LabelFor(string indicator) =>
        IndicatorLabels.TryGetValue(indicator, out var label) && !string.IsNullOrWhiteSpace(label) ? label : indicator;

    public string NameOf(MunicipalityCode code, string splitName) =>
        MunicipalityNames.TryGetValue(code, out var name) && !string.IsNullOrWhiteSpace(name) ? name : splitName;

    internal TextTable Texts => TextTable.In(Language);

    /// <summary>"Kustannustenjako 2025"</summary>
    internal string Title => $"{Texts["SplitExport.SplitTitle"]} {BudgetYear}";

    /// <summary>"Jakomalli: Porvoon malli, muutettu 5.12.2026" — the key's last change as a Finnish date, never a row counter.</summary>
    internal string KeyLine => KeyChangedAt is { } changed
        ? Texts["SplitExport.KeyChanged", KeyName, Formats.Date(HelsinkiTime.DayOf(changed))]
        : Texts["SplitExport.Key", KeyName];

    /// <summary>"Luotu: 15.1.2025 9.30", on a Finnish clock whatever the server's time zone.</summary>
    internal string GeneratedLine => Texts["SplitExport.Generated", Formats.Time(GeneratedAt)];
}
