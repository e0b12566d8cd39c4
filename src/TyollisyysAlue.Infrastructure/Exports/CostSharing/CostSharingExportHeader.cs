namespace TyollisyysAlue.Infrastructure.Exports.CostSharing;

/// <summary>
/// What every cost-sharing export states besides the figures: whose split, which year and key, when it
/// was made, and the language of its headings ("fi", "sv" or "en"; anything else gets Finnish).
/// </summary>
public sealed record CostSharingExportHeader(
    string AreaName,
    int BudgetYear,
    string KeyName,
    string KeyVersion,
    DateTimeOffset GeneratedAt,
    string Language = "fi")
{
    /// <summary>Display names of the key's indicators, e.g. "population18to64" → "18–64-vuotiaat"; unnamed ones show their key.</summary>
    public IReadOnlyDictionary<string, string> IndicatorLabels { get; init; } = new Dictionary<string, string>();

    public string LabelFor(string indicator) =>
        IndicatorLabels.TryGetValue(indicator, out var label) && !string.IsNullOrWhiteSpace(label) ? label : indicator;

    internal ExportTexts Texts => ExportTexts.For(Language);

    /// <summary>The generation time as a reader of the language writes it, e.g. fi "15.1.2025 9.30".</summary>
    internal string GeneratedAtText => GeneratedAt.ToString("g", Texts.Culture);
}
