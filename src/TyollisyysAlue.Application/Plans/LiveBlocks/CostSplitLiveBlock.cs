using TyollisyysAlue.Application.CostSharing;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>The year's split by the main key: each member's share, shared part, direct charges and payment.</summary>
public sealed class CostSplitLiveBlock(YearSplitQuery splits) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.CostSplit;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var l = request.Language;
        var caption = LiveBlockTexts.Caption(Kind, request.Year, l);
        var split = await splits.LoadAsync(request.Year, ct: cancellationToken);
        var columns = new List<LiveColumn>
        {
            new(LiveBlockTexts.Get("Municipality", l)), new(LiveBlockTexts.Get("Share", l), true), new(LiveBlockTexts.Get("Shared", l), true),
            new(LiveBlockTexts.Get("Direct", l), true), new(LiveBlockTexts.Get("Payment", l), true),
        };
        if (split is null) return new LiveTable(Kind, caption, columns, [], Note: LiveBlockTexts.Get("NoData", l, request.Year));
        if (split.Split is not { } result) return new LiveTable(Kind, caption, columns, [], Note: LiveBlockTexts.Get("SplitIncomplete", l));

        var shared = result.SharedCost.ToEuros();
        var rows = result.Municipalities.Select(m => (IReadOnlyList<string>)
        [
            split.Members.FirstOrDefault(x => x.Code == m.Code)?.NameIn(l) ?? m.Name,
            LiveBlockTexts.Percent(shared == 0 ? 0 : m.Shared.ToEuros() / shared),
            LiveBlockTexts.Euros(m.Shared.ToEuros()),
            LiveBlockTexts.Euros(m.Direct.ToEuros()),
            LiveBlockTexts.Euros(m.Total.ToEuros()),
        ]).ToList();
        var totals = new List<string>
        {
            LiveBlockTexts.Get("Total", l), LiveBlockTexts.Percent(shared == 0 ? 0 : 1), LiveBlockTexts.Euros(shared),
            LiveBlockTexts.Euros(result.DirectTotal.ToEuros()), LiveBlockTexts.Euros(result.GrandTotal.ToEuros()),
        };
        return new LiveTable(Kind, caption + " – " + split.KeyName, columns, rows, totals, KeyNote(split, l));
    }

    /// <summary>The key itself beside its result: "Allocation key: residents 18–64 45,00 %, … ." in the plan's language.</summary>
    private static string KeyNote(YearSplit split, string language) =>
        LiveBlockTexts.Get("Key", language, string.Join(", ", split.Criteria.Select(c =>
            $"{c.NameIn(language)} {LiveBlockTexts.Percent(c.WeightPercent / 100m)}")));
}
