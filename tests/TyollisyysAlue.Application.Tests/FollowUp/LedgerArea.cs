using System.Text;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>A test area with this year's budget (staff 120 000 € up to 130 000 €, purchases 60 000 €, external income 24 000 €) and a planner.</summary>
public sealed record LedgerArea(Guid Id, Guid Planner, int Year, Guid Staff, Guid Purchases, Guid Income)
{
    public static async Task<LedgerArea> CreateAsync(DatabaseFixture fixture, bool withRules = true)
    {
        var (id, _) = await fixture.CreateAreaAsync();
        var planner = await fixture.CreateUserAsync(id, AreaRole.Planner);
        var year = BudgetYears.Current(TimeProvider.System);
        var budget = new Budget(Guid.NewGuid(), id, year);
        var staff = new BudgetLineItem(Guid.NewGuid(), id, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 120_000m) { ExpenseCategory = ExpenseCategory.Staff, RangeHigh = 130_000m };
        var purchases = new BudgetLineItem(Guid.NewGuid(), id, budget.Id, 1, BudgetLineKind.Expense, "Ostopalvelut", 60_000m) { ExpenseCategory = ExpenseCategory.PurchasedServices };
        var income = new BudgetLineItem(Guid.NewGuid(), id, budget.Id, 2, BudgetLineKind.Income, "Ulkoinen rahoitus", 24_000m) { IncomeCategory = IncomeCategory.ExternalFunding };
        await using (var db = fixture.CreateContext(id))
        {
            db.Budgets.Add(budget);
            db.BudgetLines.AddRange(staff, purchases, income);
            if (withRules)
            {
                db.LedgerRules.Add(new LedgerRule(Guid.NewGuid(), id, staff.Id, "4000", "4099"));
                db.LedgerRules.Add(new LedgerRule(Guid.NewGuid(), id, purchases.Id, "4300", "4399"));
                db.LedgerRules.Add(new LedgerRule(Guid.NewGuid(), id, income.Id, "3000", "3099"));
            }
            await db.SaveChangesAsync();
        }
        return new LedgerArea(id, planner, year, staff.Id, purchases.Id, income.Id);
    }

    /// <summary>A Finnish CSV export: header then "account;cost centre;date;amount;text" rows.</summary>
    public static MemoryImportSource Csv(string name, params string[] rows) =>
        new(name, Encoding.UTF8.GetBytes("Tili;Kustannuspaikka;Kirjauspäivä;Summa;Selite\n" + string.Join('\n', rows) + "\n"));

    public static LedgerImportForm Form(int year, IImportSource file, LedgerColumns? columns = null) =>
        new() { Year = year, File = file, Columns = columns ?? new LedgerColumns { Account = "Tili", CostCentre = "Kustannuspaikka", Period = "Kirjauspäivä", Amount = "Summa", Description = "Selite" } };
}
