using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>
/// One budget line through the year: the monthly budget (the planned amount spread evenly, or by the planner's
/// profile, to the cent), the actuals,
/// to date (through <see cref="FollowUpReport.ThroughMonth"/>), the variance and the year-end forecast.
/// </summary>
public sealed record LineFollowUp(
    Guid LineId, string Label, BudgetLineKind Kind, string Category, decimal Planned, decimal? RangeHigh,
    IReadOnlyList<decimal> MonthBudget, IReadOnlyList<decimal> MonthActual,
    decimal BudgetToDate, decimal ActualToDate, decimal RunRate, decimal? PlannerForecast, string? ForecastComment, uint ForecastVersion,
    ForecastFlag Flag)
{
    /// <summary>The planner's monthly profile; null: the planned amount is spread evenly.</summary>
    public LineProfileView? Profile { get; init; }

    /// <summary>Actual − budget to date: an expense over its budget (or income over its plan) is positive.</summary>
    public decimal Variance => ActualToDate - BudgetToDate;

    /// <summary>The planner's forecast when given, else the run rate.</summary>
    public decimal Forecast => PlannerForecast ?? RunRate;

    public decimal CumulativeActual(int month) => MonthActual.Take(month).Sum();

    public decimal CumulativeBudget(int month) => MonthBudget.Take(month).Sum();
}

/// <summary>A line's saved profile as entered (weights or amounts, January first) and its version for the editor.</summary>
public sealed record LineProfileView(ProfileKind Kind, IReadOnlyList<decimal> Months, uint Version);

/// <summary>A year's follow-up: every line, through the last month with actuals (or the month asked for).</summary>
public sealed record FollowUpReport(int Year, int ThroughMonth, IReadOnlyList<LineFollowUp> Lines, DateTimeOffset? LastImport)
{
    public IEnumerable<LineFollowUp> Expenses => Lines.Where(l => l.Kind == BudgetLineKind.Expense);
    public IEnumerable<LineFollowUp> Incomes => Lines.Where(l => l.Kind == BudgetLineKind.Income);
    public int Flagged => Lines.Count(l => l.Flag != ForecastFlag.None);

    public static decimal Sum(IEnumerable<LineFollowUp> lines, Func<LineFollowUp, decimal> figure) => lines.Sum(figure);

    /// <summary>Expense (or income) totals by category: planned, actual to date and forecast.</summary>
    public IReadOnlyList<(string Category, decimal Planned, decimal Actual, decimal Forecast)> ByCategory(BudgetLineKind kind = BudgetLineKind.Expense) =>
        Lines.Where(l => l.Kind == kind).GroupBy(l => l.Category)
            .Select(g => (g.Key, g.Sum(l => l.Planned), g.Sum(l => l.ActualToDate), g.Sum(l => l.Forecast))).ToList();
}
