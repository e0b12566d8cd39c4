using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>The year's budget: income lines, then expense lines, with their totals and the operating margin.</summary>
public sealed class BudgetLiveBlock(BudgetLinesQuery budgets) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Budget;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var t = TextTable.In(request.Language);
        var (budget, lines) = await budgets.LoadAsync(request.Year, cancellationToken);
        var columns = new List<LiveColumn>
        {
            new(t["Live.Kind"]), new(t["Live.Line"]), new(t["Live.Amount"], true), new(t["Live.Range"], true),
        };
        var caption = LiveBlockRenderer.Caption(Kind, request.Year, t);
        if (budget is null) return new LiveTable(Kind, caption, columns, [], Note: t["Live.NoData", request.Year]);

        var rows = new List<IReadOnlyList<string>>();
        decimal Add(BudgetLineKind kind, string word)
        {
            var ofKind = lines.Where(x => x.Kind == kind).ToList();
            rows.AddRange(ofKind.Select(x => (IReadOnlyList<string>)
            [
                t[word], x.Label, Formats.Euros(x.Amount),
                x.RangeLow is { } low && x.RangeHigh is { } high ? Formats.Euros(low) + " – " + Formats.Euros(high) : "",
            ]));
            var sum = ofKind.Sum(x => x.Amount);
            rows.Add([t[word], t["Live.Total"], Formats.Euros(sum), ""]);
            return sum;
        }
        var income = Add(BudgetLineKind.Income, "Live.Income");
        var expenses = Add(BudgetLineKind.Expense, "Live.Expense");
        return new LiveTable(Kind, caption, columns, rows,
            [t["Live.Margin"], "", Formats.Euros(income - expenses), ""], budget.Note);
    }
}
