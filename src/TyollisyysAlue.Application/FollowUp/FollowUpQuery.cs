using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.FollowUp;

/// <summary>Budget follow-up of the current area: per line and month from the imported ledger, and the drill-down.</summary>
public sealed class FollowUpQuery(IAppDbContextFactory contexts)
{
    /// <param name="throughMonth">The month to report through (a report of March); null: the last month with actuals.</param>
    public async Task<FollowUpReport> LoadAsync(int year, int? throughMonth = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => db.Budgets.Any(b => b.Id == l.BudgetId && b.Year == year))
            .OrderBy(l => l.Kind).ThenBy(l => l.Position).ToListAsync(ct);
        var actuals = await db.LedgerEntries.AsNoTracking().Where(e => e.Year == year)
            .GroupBy(e => new { e.BudgetLineId, e.Month }).Select(g => new { g.Key.BudgetLineId, g.Key.Month, Sum = g.Sum(e => e.Amount) })
            .ToListAsync(ct);
        var lineIds = lines.Select(l => l.Id).ToList();
        var forecasts = await db.LineForecasts.AsNoTracking().Where(f => lineIds.Contains(f.BudgetLineId)).ToDictionaryAsync(f => f.BudgetLineId, ct);
        var profiles = await db.LineProfiles.AsNoTracking().Where(p => lineIds.Contains(p.BudgetLineId)).ToDictionaryAsync(p => p.BudgetLineId, ct);
        var lastImport = await db.LedgerImports.AsNoTracking().Where(i => i.Year == year && i.UndoneAt == null)
            .MaxAsync(i => (DateTimeOffset?)i.ImportedAt, ct);
        var withData = actuals.Count == 0 ? 0 : actuals.Max(a => a.Month);
        var through = Math.Clamp(throughMonth ?? withData, 0, 12);
        var byLine = actuals.ToLookup(a => a.BudgetLineId);
        return new FollowUpReport(year, through, lines.Select(line =>
        {
            var months = new decimal[12];
            foreach (var a in byLine[line.Id]) months[a.Month - 1] = a.Sum;
            forecasts.TryGetValue(line.Id, out var own);
            profiles.TryGetValue(line.Id, out var profile);
            return Follow(line, months, through, own, profile);
        }).ToList(), lastImport);
    }

    private static LineFollowUp Follow(BudgetLineItem line, decimal[] actual, int through, LineForecast? own, LineProfile? profile)
    {
        var planned = Money.FromEuros(line.Amount);
        var budget = MonthlyBudget.Of(planned, profile?.Months).Select(m => m.ToEuros()).ToList();
        var actualToDate = actual.Take(through).Sum();
        var runRate = YearEndForecast.RunRate(Money.FromEuros(actualToDate), through, planned).ToEuros();
        var forecast = own?.Amount ?? runRate;
        var isIncome = line.Kind == BudgetLineKind.Income;
        var flag = YearEndForecast.Flag(isIncome, Money.FromEuros(forecast), planned, line.RangeHigh is { } h ? Money.FromEuros(h) : null);
        var category = isIncome ? $"Income.{line.IncomeCategory}" : $"Expense.{line.ExpenseCategory}";
        // Months after the reported one are not shown as actuals, even when already imported.
        var shown = actual.Select((a, i) => i < through ? a : 0m).ToList();
        return new LineFollowUp(line.Id, line.Label, line.Kind, category, line.Amount, line.RangeHigh, budget, shown,
            budget.Take(through).Sum(), actualToDate, runRate, own?.Amount, own?.Comment, own?.Version ?? 0, flag)
        {
            Profile = profile is null ? null : new LineProfileView(profile.Kind, profile.Months, profile.Version),
        };
    }

    /// <summary>The bookings behind one cell (a line's month, or the whole year when <paramref name="month"/> is null), at most <paramref name="limit"/>.</summary>
    public async Task<(IReadOnlyList<LedgerEntry> Rows, int Count)> RowsAsync(Guid lineId, int year, int? month, int limit = 500, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var query = db.LedgerEntries.AsNoTracking().Where(e => e.BudgetLineId == lineId && e.Year == year && (month == null || e.Month == month));
        return (await query.OrderBy(e => e.Month).ThenBy(e => e.LineNumber).Take(limit).ToListAsync(ct), await query.CountAsync(ct));
    }

    /// <summary>The year to follow: the current one when it has a budget, else the latest earlier year that has, else the current.</summary>
    public async Task<int> DefaultYearAsync(TimeProvider clock, CancellationToken ct = default)
    {
        var current = BudgetYears.Current(clock);
        await using var db = await contexts.CreateAsync(ct);
        return await db.Budgets.AsNoTracking().Where(b => b.Year <= current).MaxAsync(b => (int?)b.Year, ct) ?? current;
    }

    /// <summary>Years with a budget (for the year picker).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.Budgets.AsNoTracking().Select(b => b.Year).Distinct().OrderBy(y => y).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<LedgerImport>> ImportsAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.LedgerImports.AsNoTracking().Where(i => i.Year == year).OrderByDescending(i => i.ImportedAt).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<LedgerRule>> RulesAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.LedgerRules.AsNoTracking().Where(r => db.BudgetLines.Any(l => l.Id == r.BudgetLineId && db.Budgets.Any(b => b.Id == l.BudgetId && b.Year == year)))
            .OrderBy(r => r.AccountFrom).ToListAsync(ct);
    }
}
