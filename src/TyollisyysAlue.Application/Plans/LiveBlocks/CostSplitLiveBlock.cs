using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>The year's split by the main key: each member's share, shared part, direct charges and payment.</summary>
public sealed class CostSplitLiveBlock(YearSplitQuery splits) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.CostSplit;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var l = request.Language;
        var t = TextTable.In(l);
        var caption = LiveBlockRenderer.Caption(Kind, request.Year, t);
        var split = await splits.LoadAsync(request.Year, ct: cancellationToken);
        var columns = new List<LiveColumn>
        {
            new(t["Live.Municipality"]), new(t["Live.Share"], true), new(t["Live.Shared"], true),
            new(t["Live.Direct"], true), new(t["Live.Payment"], true),
        };
        if (split is null) return new LiveTable(Kind, caption, columns, [], Note: t["Live.NoData", request.Year]);
        if (split.Split is not { } result) return new LiveTable(Kind, caption, columns, [], Note: t["Live.SplitIncomplete"]);

        var shared = result.SharedCost.ToEuros();
        var rows = result.Municipalities.Select(m => (IReadOnlyList<string>)
        [
            split.Members.FirstOrDefault(x => x.Code == m.Code)?.NameIn(l) ?? m.Name,
            Formats.Percent(shared == 0 ? 0 : m.Shared.ToEuros() / shared),
            Formats.Euros(m.Shared),
            Formats.Euros(m.Direct),
            Formats.Euros(m.Total),
        ]).ToList();
        var totals = new List<string>
        {
            t["Live.Total"], Formats.Percent(shared == 0 ? 0 : 1), Formats.Euros(shared),
            Formats.Euros(result.DirectTotal), Formats.Euros(result.GrandTotal),
        };
        return new LiveTable(Kind, caption + " – " + split.KeyName, columns, rows, totals, KeyNote(split, t));
    }

    /// <summary>The key itself beside its result: "Allocation key: residents 18–64 45,00 %, … ." in the plan's language.</summary>
    private static string KeyNote(YearSplit split, TextTable t) =>
        t["Live.Key", string.Join(", ", split.Criteria.Select(c => $"{c.NameIn(t.Language)} {Formats.Percent(c.WeightPercent / 100m)}"))];
}
