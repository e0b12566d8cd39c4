using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.Budgets;

/// <summary>The year-end's actual shared cost: the budget's formula on the year's booked actuals, worked by hand.</summary>
public class ActualSharedCostTests
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Guid BudgetId = Guid.NewGuid();
    private static readonly Guid MainKey = Guid.NewGuid();
    private static readonly Guid OtherKey = Guid.NewGuid();
    private static int _position;

    private static BudgetLineItem Expense(ExpenseCategory category, decimal planned, Guid? key = null) =>
        new(Guid.NewGuid(), Area, BudgetId, _position++, BudgetLineKind.Expense, category.ToString(), planned) { ExpenseCategory = category, KeyId = key };

    private static BudgetLineItem Income(IncomeCategory category, decimal planned) =>
        new(Guid.NewGuid(), Area, BudgetId, _position++, BudgetLineKind.Income, category.ToString(), planned)
        {
            IncomeCategory = category,
            MunicipalityCode = category == IncomeCategory.MunicipalitySpecific ? MunicipalityCode.Parse("297") : null,
        };

    [Fact]
    public void Expenses_less_depreciation_municipality_specific_and_external_funding_as_booked()
    {
        var staff = Expense(ExpenseCategory.Staff, 1_000_000m);
        var purchases = Expense(ExpenseCategory.PurchasedServices, 500_000m);
        var depreciation = Expense(ExpenseCategory.Depreciation, 30_000m);
        var nothingBooked = Expense(ExpenseCategory.Other, 10_000m);
        var investment = Expense(ExpenseCategory.Investments, 100_000m);
        var ownKeyCost = Expense(ExpenseCategory.OperatingCosts, 50_000m, OtherKey);
        var municipalitySpecific = Income(IncomeCategory.MunicipalitySpecific, 200_000m);
        var external = Income(IncomeCategory.ExternalFunding, 150_000m);
        var shares = Income(IncomeCategory.MunicipalPaymentShares, 1_300_000m);
        BudgetLineItem[] lines = [staff, purchases, depreciation, nothingBooked, investment, ownKeyCost, municipalitySpecific, external, shares];
        var booked = new Dictionary<Guid, Money>
        {
            [staff.Id] = Money.FromEuros(980_000m),
            [purchases.Id] = Money.FromEuros(512_345.67m),
            [depreciation.Id] = Money.FromEuros(30_000m),
            [investment.Id] = Money.FromEuros(90_000m),        // billed in lines of its own, not shared
            [ownKeyCost.Id] = Money.FromEuros(40_000m),        // split by its own key
            [municipalitySpecific.Id] = Money.FromEuros(201_000.50m),
            [external.Id] = Money.FromEuros(149_999.99m),
            [shares.Id] = Money.FromEuros(1_250_000m),         // the result of the split, never a deduction
        };

        var actual = Budget.ActualSharedCostFor(lines, MainKey, isMainKey: true, booked);

        // By hand: 980 000 + 512 345,67 + 30 000 = 1 522 345,67 expenses; − 30 000 − 201 000,50 − 149 999,99 = 1 141 345,18.
        Assert.Equal(Money.FromEuros(1_522_345.67m), actual.Expenses);
        Assert.Equal(Money.FromEuros(30_000m), actual.Depreciation);
        Assert.Equal(Money.FromEuros(201_000.50m), actual.MunicipalitySpecific);
        Assert.Equal(Money.FromEuros(149_999.99m), actual.ExternallyFunded);
        Assert.Equal(Money.FromEuros(1_141_345.18m), actual.Amount);
        // The same lines planned: 1 540 000 − 30 000 − 200 000 − 150 000 = 1 160 000 — one formula for both.
        Assert.Equal(Money.FromEuros(1_160_000m), Budget.SharedCostFor(lines, MainKey, isMainKey: true).Amount);
    }

    [Fact]
    public void A_named_key_takes_only_what_was_booked_to_its_own_lines()
    {
        var staff = Expense(ExpenseCategory.Staff, 1_000_000m);
        var ownKeyCost = Expense(ExpenseCategory.OperatingCosts, 50_000m, OtherKey);
        var booked = new Dictionary<Guid, Money> { [staff.Id] = Money.FromEuros(1m), [ownKeyCost.Id] = Money.FromEuros(41_234.56m) };
        Assert.Equal(Money.FromEuros(41_234.56m), Budget.ActualSharedCostFor([staff, ownKeyCost], OtherKey, isMainKey: false, booked).Amount);
    }
}

/// <summary>Where the reconciliation's actual cost came from, and who decided it.</summary>
public class ReconciliationCostTraceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_figure_from_actuals_an_override_with_its_reason_and_an_entry_without_actuals_are_told_apart()
    {
        var record = new YearEndReconciliation(Guid.NewGuid(), Guid.NewGuid(), 2025, 0m);

        record.RecordActualCost(1_141_345.18m, 1_141_345.18m, "ignored", "anna", Monday);
        Assert.Equal(ActualCostSource.FromActuals, record.CostSource);
        Assert.Null(record.OverrideReason);
        Assert.Equal(("anna", Monday), (record.CostRecordedBy, record.CostRecordedAt));

        record.RecordActualCost(1_150_000m, 1_141_345.18m, "Joulukuun ostolasku kirjautui tammikuulle", "ville", Monday.AddDays(1));
        Assert.Equal(ActualCostSource.Overridden, record.CostSource);
        Assert.Equal(1_150_000m, record.ActualSharedCost);
        Assert.Equal(1_141_345.18m, record.ComputedFromActuals);
        Assert.Equal("Joulukuun ostolasku kirjautui tammikuulle", record.OverrideReason);
        Assert.Equal(("ville", Monday.AddDays(1)), (record.CostRecordedBy, record.CostRecordedAt));

        // Saving again unchanged (e.g. only the carry decision) keeps who decided the figure.
        record.RecordActualCost(1_150_000m, 1_141_345.18m, "Joulukuun ostolasku kirjautui tammikuulle", "anna", Monday.AddDays(2));
        Assert.Equal("ville", record.CostRecordedBy);

        record.RecordActualCost(1_200_000m, null, null, "anna", Monday.AddDays(3));
        Assert.Equal(ActualCostSource.Entered, record.CostSource);
        Assert.Null(record.ComputedFromActuals);
    }

    [Fact]
    public void An_override_without_a_reason_is_refused()
    {
        var record = new YearEndReconciliation(Guid.NewGuid(), Guid.NewGuid(), 2025, 0m);
        var refused = Assert.Throws<DomainException>(() => record.RecordActualCost(1m, 2m, " ", "anna", Monday));
        Assert.Equal("reconciliation.override-reason", refused.Code);
        Assert.Null(record.CostRecordedAt);
    }
}
