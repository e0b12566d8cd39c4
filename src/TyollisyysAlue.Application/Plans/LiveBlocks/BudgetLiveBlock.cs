using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.Plans.LiveBlocks;

/// <summary>The year's budget: income lines, then expense lines, with their totals and the operating margin.</summary>
public sealed class BudgetLiveBlock(BudgetLinesQuery budgets) : ILiveBlockSource
{
    public LiveBlockKind Kind => LiveBlockKind.Budget;

    public async Task<LiveTable> BuildAsync(LiveBlockRequest request, CancellationToken cancellationToken)
    {
        var l = request.Language;
        var (budget, lines) = await budgets.LoadAsync(request.Year, cancellationToken);
        var columns = new List<LiveColumn>
        {
            new(LiveBlockTexts.Get("Kind", l)), new(LiveBlockTexts.Get("Line", l)), new(LiveBlockTexts.Get("Amount", l), true), new(LiveBlockTexts.Get("Range", l), true),
        };
        var caption = LiveBlockTexts.Caption(Kind, request.Year, l);
        if (budget is null) return new LiveTable(Kind, caption, columns, [], Note: LiveBlockTexts.Get("NoData", l, request.Year));

        var rows = new List<IReadOnlyList<string>>();
        decimal Add(BudgetLineKind kind, string word)
        {
            var ofKind = lines.Where(x => x.Kind == kind).ToList();
            rows.AddRange(ofKind.Select(x => (IReadOnlyList<string>)
            [
                LiveBlockTexts.Get(word, l), x.Label, LiveBlockTexts.Euros(x.Amount),
                x.RangeLow is { } low && x.RangeHigh is { } high ? LiveBlockTexts.Euros(low) + " – " + LiveBlockTexts.Euros(high) : "",
            ]));
            var sum = ofKind.Sum(x => x.Amount);
            rows.Add([LiveBlockTexts.Get(word, l), LiveBlockTexts.Get("Total", l), LiveBlockTexts.Euros(sum), ""]);
            return sum;
        }
        var income = Add(BudgetLineKind.Income, "Income");
        var expenses = Add(BudgetLineKind.Expense, "Expense");
        return new LiveTable(Kind, caption, columns, rows,
            [LiveBlockTexts.Get("Margin", l), "", LiveBlockTexts.Euros(income - expenses), ""], budget.Note);
    }
}
