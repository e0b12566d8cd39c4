using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>
/// The year's split by the main key: each member's share, shared part, investments (when the year has any), direct
/// charges and payment — the same terms and figures as the split table (issue 12.8: the block once called the
/// investments "direct charges" while the table showed 0,00 € there).
/// </summary>
public sealed class CostSplitLiveBlock(YearSplitQuery splits) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.CostSplit;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var l = request.Language;
        var t = TextTable.In(l);
        var caption = LiveBlockRenderer.Caption(Kind, request.Year, t);
        var split = await splits.LoadAsync(request.Year, ct: cancellationToken);
        var investments = split?.Investments.Count > 0;
        var columns = new List<LiveColumn> { new(t["Live.Municipality"]), new(t["Live.Share"], true), new(t["Live.Shared"], true) };
        if (investments) columns.Add(new(t["Split.Investments"], true));
        columns.AddRange([new(t["Split.Direct"], true), new(t["Live.Payment"], true)]);
        if (split is null) return new LiveTable(Kind, caption, columns, [], Note: t["Live.NoData", request.Year]);
        if (split.Split is not { } result) return new LiveTable(Kind, caption, columns, [], Note: t["Live.SplitIncomplete"]);

        var shared = result.SharedCost.ToEuros();
        IReadOnlyList<string> Row(string name, string share, Money sharedPart, Money investment, Money direct, Money total) =>
            [name, share, Formats.Euros(sharedPart), .. investments ? [Formats.Euros(investment)] : Array.Empty<string>(),
             Formats.Euros(direct - investment), Formats.Euros(total)];
        var rows = result.Municipalities.Select(m => Row(
            split.Members.FirstOrDefault(x => x.Code == m.Code)?.NameIn(l) ?? m.Name,
            Formats.Percent(shared == 0 ? 0 : m.Shared.ToEuros() / shared),
            m.Shared, split.InvestmentOf(m.Code), m.Direct, m.Total)).ToList();
        var investmentTotal = Money.Sum(split.Investments.Select(i => i.Amount));
        var totals = Row(t["Live.Total"], Formats.Percent(shared == 0 ? 0 : 1), result.SharedCost, investmentTotal, result.DirectTotal, result.GrandTotal).ToList();
        return new LiveTable(Kind, caption + " – " + split.KeyName, columns, rows, totals, KeyNote(split, t));
    }

    /// <summary>The key itself beside its result: "Allocation key: residents 18–64 45,00 %, … ." in the plan's language.</summary>
    private static string KeyNote(YearSplit split, TextTable t) =>
        t["Live.Key", string.Join(", ", split.Criteria.Select(c => $"{c.NameIn(t.Language)} {Formats.Percent(c.WeightPercent / 100m)}"))];
}
