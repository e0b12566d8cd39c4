using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Texts.Pasting;
using TyollisyysAlue.Web.Components.Shared.Pasting;

namespace TyollisyysAlue.Web.Components.Pages.Budget;

/// <summary>
/// The budget lines as a paste target: rows are the lines in the order the page shows them (expenses, then income),
/// matched by their label; the one pasteable column is the amount (the range is a note beside it, edited in the line editor).
/// </summary>
public static class BudgetPaste
{
    public const string AmountColumn = "amount";

    public static IReadOnlyList<BudgetLineItem> Ordered(IEnumerable<BudgetLineItem> lines)
    {
        var all = lines.ToList();
        return [.. new[] { BudgetLineKind.Expense, BudgetLineKind.Income }.SelectMany(k => all.Where(l => l.Kind == k))];
    }

    public static PasteTarget TargetOf(IEnumerable<BudgetLineItem> lines, string amountHeader) => new(
        Ordered(lines).Select(l => new PasteRow(l.Id.ToString(), l.Label, [l.Label])).ToList(),
        [new PasteColumn(AmountColumn, amountHeader)],
        NumberRule.Euros);

    public static IReadOnlyDictionary<Guid, RowFigure> Figures(IEnumerable<BudgetLineItem> lines) =>
        lines.ToDictionary(l => l.Id, l => new RowFigure(l.Amount, l.Version));
}
