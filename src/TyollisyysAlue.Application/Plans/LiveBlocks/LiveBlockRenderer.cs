using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>
/// Renders a section's live blocks with whatever sources the features have registered. A kind nobody provides
/// (yet) becomes an empty table that says so; a failing source does not take the plan down with it.
/// </summary>
public sealed class LiveBlockRenderer(IEnumerable<ILiveBlockSource> sources)
{
    private readonly Dictionary<LiveBlockKind, ILiveBlockSource> _sources = sources.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Last());

    public bool IsAvailable(LiveBlockKind kind) => _sources.ContainsKey(kind);

    public async Task<IReadOnlyList<LiveTable>> RenderAsync(IEnumerable<LiveBlockRef> blocks, DateOnly asOf, string language, CancellationToken ct = default)
    {
        var tables = new List<LiveTable>();
        foreach (var block in blocks)
            tables.Add(await RenderAsync(block, asOf, language, ct));
        return tables;
    }

    public async Task<LiveTable> RenderAsync(LiveBlockRef block, DateOnly asOf, string language, CancellationToken ct = default)
    {
        var kind = (LiveBlockKind)block.Kind;
        if (!_sources.TryGetValue(kind, out var source)) return Unavailable(kind, block.Year, language);
        return await source.BuildAsync(new LiveBlockRequest(asOf, block.Year, language, block.Subject), ct);
    }

    public static LiveTable Unavailable(LiveBlockKind kind, int year, string language)
    {
        var t = TextTable.In(language);
        return new(kind, Enum.IsDefined(kind) ? Caption(kind, year, t) : kind.ToString(), [], [], Note: t["Live.NotAvailable"]);
    }

    /// <summary>The caption of a kind's table in the table's language, e.g. "Kustannustenjako 2025".</summary>
    public static string Caption(LiveBlockKind kind, int year, TextTable texts) => texts[$"Live.Caption.{kind}", year];
}
