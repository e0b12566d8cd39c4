using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.TestSupport;

/// <summary>Areas with data in several years, for the charts over several years (issue 12), with figures worked by hand.</summary>
public static class SeveralYears
{
    /// <summary>
    /// The two-member area's 2025 split (1 200 000 €, 50 % population 31.12.2024, 50 % unemployed 2024) plus 2026:
    /// 1 300 000 €, population 31.12.2025 (Porvoo 51 000, Kuopio 123 000), unemployed 2025 (2 400 and 12 500); a 2024
    /// budget without a key.
    /// </summary>
    public static async Task<(Guid Area, UseCases Planner, MunicipalityCode Kuopio)> SplitsAsync(DatabaseFixture fixture)
    {
        var (area, planner, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        await using var db = fixture.ContextFor(planner.Context);
        var porvoo = db.Memberships.Select(m => m.MunicipalityCode).AsEnumerable().Single(c => c != kuopio);
        db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Population, porvoo, new DateOnly(2025, 12, 31), 51_000m, "test", false));
        db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.Population, kuopio, new DateOnly(2025, 12, 31), 123_000m, "test", false));
        var key = new AllocationKey(Guid.NewGuid(), area, 2026, "Jakoperuste 2026", isMain: true);
        db.AllocationKeys.Add(key);
        db.KeyCriteria.AddRange(key.SetCriteria([
            (Indicator.Population, 50m, IndicatorReference.EndOfPreviousYear(2026)),
            (Indicator.Unemployed, 50m, IndicatorReference.MonthsOfYear(2025))]));
        var budget = new Budget(Guid.NewGuid(), area, 2026);
        db.Budgets.Add(budget);
        db.BudgetLines.Add(new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 1_300_000m) { ExpenseCategory = ExpenseCategory.Staff });
        db.Budgets.Add(new Budget(Guid.NewGuid(), area, 2024));
        await db.SaveChangesAsync();
        return (area, planner, kuopio);
    }

    /// <summary>
    /// 2024: budget 900 000 €, no actuals. 2025: expense lines 1 000 000,00 + 200 000,50 €, actuals 600 000,25 (June) +
    /// 549 999,80 (December) on them and 50 000 € of income. 2026: 1 300 000 €, actuals 300 000,10 € through March.
    /// </summary>
    public static async Task<UseCases> ActualsAsync(DatabaseFixture fixture)
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var planner = await UseCases.ForAsync(fixture, area, "planner@example.fi");
        await using var db = fixture.ContextFor(planner.Context);
        BudgetLineItem Line(int year, BudgetLineKind kind, decimal amount)
        {
            var budget = db.Budgets.Local.FirstOrDefault(b => b.Year == year) ?? db.Budgets.Add(new Budget(Guid.NewGuid(), area, year)).Entity;
            var line = new BudgetLineItem(Guid.NewGuid(), area, budget.Id, db.BudgetLines.Local.Count, kind, kind.ToString(), amount);
            if (kind == BudgetLineKind.Expense) line.ExpenseCategory = ExpenseCategory.Staff;
            return db.BudgetLines.Add(line).Entity;
        }
        void Actual(BudgetLineItem line, int year, int month, decimal amount)
        {
            var import = db.LedgerImports.Add(new LedgerImport(Guid.NewGuid(), area, year, [month], $"{year}-{month}.csv", new string('a', 64), "planner",
                DateTimeOffset.UtcNow, 1, amount)).Entity;
            db.LedgerEntries.Add(new LedgerEntry(Guid.NewGuid(), area, import.Id, line.Id, year, month, 1, "4000", "100", null, null, amount));
        }
        Line(2024, BudgetLineKind.Expense, 900_000m);
        var staff = Line(2025, BudgetLineKind.Expense, 1_000_000m);
        var rent = Line(2025, BudgetLineKind.Expense, 200_000.50m);
        var income = Line(2025, BudgetLineKind.Income, 50_000m);
        Actual(staff, 2025, 6, 600_000.25m);
        Actual(rent, 2025, 12, 549_999.80m);
        Actual(income, 2025, 12, 50_000m);
        var next = Line(2026, BudgetLineKind.Expense, 1_300_000m);
        Actual(next, 2026, 3, 300_000.10m);
        await db.SaveChangesAsync();
        return planner;
    }
}
