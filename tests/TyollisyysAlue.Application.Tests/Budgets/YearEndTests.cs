using FluentValidation.Results;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Budgets;

/// <summary>Revisions during the year and the year-end reconciliation, on stored data.</summary>
[Collection(DatabaseCollection.Name)]
public class YearEndTests(DatabaseFixture fixture)
{

    [Fact]
    public async Task A_revision_respreads_the_remaining_months_and_the_reconciliation_settles_against_what_was_invoiced()
    {
        var (_, user, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        var splits = user.Get<YearSplitQuery>();

        var before = (await splits.LoadAsync(2025))!;
        Assert.Equal(Money.FromEuros(1_200_000m), before.Advances!.FinalSplit.GrandTotal);

        Assert.Empty(await ReviseAsync(user, new RevisionForm { Year = 2025,  FromMonth = 7, SharedCost = 1_500_000m, DecisionReference = "Jaosto 12.6.2025 § 40" }));
        var revised = (await splits.LoadAsync(2025))!;
        var plan = revised.Advances!;
        Assert.Equal(Money.FromEuros(1_500_000m), Money.Sum(plan.Municipalities.Select(m => m.Total)));
        foreach (var m in plan.Municipalities)
            Assert.Equal(before.Advances.For(m.Code).Instalments.Take(6), m.Instalments.Take(6));

        Assert.Empty(await YearEndAsync(user, new YearEndForm { Year = 2025,  ActualSharedCost = 1_400_000m }));
        var yearEnd = (await user.Get<YearEndQuery>().LoadAsync(revised))!;
        Assert.Empty(yearEnd.Problems);
        Assert.Equal(Money.FromEuros(1_400_000m), yearEnd.Final!.GrandTotal);
        Assert.Equal(Money.FromEuros(-100_000m), yearEnd.Balance);
        foreach (var s in yearEnd.Settlements)
        {
            Assert.Equal(plan.For(s.Code).Total, s.Paid);
            Assert.Equal(s.FinalCost - s.Paid, s.Balance);
        }
        // The final split uses the budget year's own months: Kuopio's unemployment rose in 2025, so its share rose.
        Assert.True(yearEnd.Final.For(kuopio).Criteria[1].Ratio > revised.Split!.For(kuopio).Criteria[1].Ratio);
    }

    [Fact]
    public async Task A_balance_carried_by_decision_joins_the_shared_cost_of_the_later_year()
    {
        var (area, user, _) = await TwoMemberArea.CreateAsync(fixture);
        await using (var db = fixture.ContextFor(user.Context))
        {
            // 2026: the same key rolled forward and the same budget.
            var key = new AllocationKey(Guid.NewGuid(), area, 2026, "Jakoperuste 2026", isMain: true);
            db.AllocationKeys.Add(key);
            db.KeyCriteria.AddRange(key.SetCriteria([(Indicator.Population, 100m, IndicatorReference.EndOfPreviousYear(2025) with { Date = new DateOnly(2024, 12, 31) })]));
            var budget = new Budget(Guid.NewGuid(), area, 2026);
            db.Budgets.Add(budget);
            db.BudgetLines.Add(new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 1_000_000m) { ExpenseCategory = ExpenseCategory.Staff });
            await db.SaveChangesAsync();
        }
        // 2025 cost 1 200 000 € as invoiced, actually 1 150 000 €: a surplus of 50 000 € carried to 2026.
        Assert.Empty(await YearEndAsync(user, new YearEndForm { Year = 2025,  ActualSharedCost = 1_150_000m, CarryToYear = 2026, DecisionReference = "Jaosto 3/2026 § 5" }));
        var next = (await user.Get<YearSplitQuery>().LoadAsync(2026))!;
        Assert.Equal(Money.FromEuros(-50_000m), next.CarriedIn);
        Assert.Equal(Money.FromEuros(950_000m), next.Split!.GrandTotal);
    }

    [Fact]
    public async Task Revisions_go_forward_balances_carry_to_a_later_year_and_viewers_change_nothing()
    {
        var (area, user, _) = await TwoMemberArea.CreateAsync(fixture);
        Assert.Empty(await ReviseAsync(user, new RevisionForm { Year = 2025,  FromMonth = 7, SharedCost = 1m, DecisionReference = "a" }));
        Assert.Equal("Validation.RevisionOrder", Assert.Single(await ReviseAsync(user,
            new RevisionForm { Year = 2025,  FromMonth = 5, SharedCost = 1m, DecisionReference = "b" })).ErrorCode);
        Assert.Equal("Validation.CarryLater", Assert.Single(await YearEndAsync(user,
            new YearEndForm { Year = 2025,  ActualSharedCost = 1m, CarryToYear = 2025, DecisionReference = "c" })).ErrorCode);
        Assert.Equal("Validation.DecisionRequired", Assert.Single(await YearEndAsync(user,
            new YearEndForm { Year = 2025,  ActualSharedCost = 1m, CarryToYear = 2026 })).ErrorCode);

        var viewer = await UseCases.ForAsync(fixture, area, "viewer@example.fi", AreaRole.Viewer);
        Assert.IsType<WriteOutcome<YearEndForm>.Forbidden>(await viewer.Get<SaveYearEnd>().RunAsync(new YearEndForm { Year = 2025, ActualSharedCost = 1m }));
    }

    [Fact]
    public async Task The_actual_shared_cost_comes_from_the_years_imported_actuals_and_an_override_needs_a_reason()
    {
        var (area, user, _) = await TwoMemberArea.CreateAsync(fixture);
        await BookActualsAsync(area, user);
        var query = user.Get<YearEndQuery>();
        // By hand: staff 600 000,00 + 580 000,25 + depreciation 30 000 = 1 210 000,25 expenses;
        // − depreciation 30 000 − external funding 19 999,99 = 1 160 000,26.
        Assert.Equal(Money.FromEuros(1_160_000.26m), await query.ActualSharedCostAsync(2025));

        Assert.Empty(await YearEndAsync(user, new YearEndForm { Year = 2025, ActualSharedCost = 1_160_000.26m }));
        var split = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;
        var fromActuals = (await query.LoadAsync(split))!;
        Assert.Equal(ActualCostSource.FromActuals, fromActuals.Record.CostSource);
        Assert.Equal(1_160_000.26m, fromActuals.Record.ComputedFromActuals);
        // The final split: the shared cost from actuals plus the budget's investment of 5 000 € billed in its own lines.
        Assert.Equal(Money.FromEuros(1_165_000.26m), fromActuals.Final!.GrandTotal);
        Assert.Equal(user.Context.UserName, fromActuals.Record.CostRecordedBy);

        // Another figure without a reason: refused naming the field, nothing saved.
        var refused = Assert.Single(await YearEndAsync(user, new YearEndForm { Year = 2025, ActualSharedCost = 1_170_000m, OverrideReason = "  " }));
        Assert.Equal((nameof(YearEndForm.OverrideReason), "Validation.OverrideReasonRequired"), (refused.PropertyName, refused.ErrorCode));
        Assert.Equal(1_160_000.26m, (await query.LoadAsync(split))!.Record.ActualSharedCost);

        Assert.Empty(await YearEndAsync(user, new YearEndForm { Year = 2025, ActualSharedCost = 1_170_000m, OverrideReason = "Joulukuun lasku kirjattiin tammikuulle" }));
        var overridden = (await query.LoadAsync(split))!;
        Assert.Equal(ActualCostSource.Overridden, overridden.Record.CostSource);
        Assert.Equal((1_170_000m, 1_160_000.26m), (overridden.Record.ActualSharedCost, overridden.Record.ComputedFromActuals));
        Assert.Equal("Joulukuun lasku kirjattiin tammikuulle", overridden.Record.OverrideReason);
        Assert.Equal(Money.FromEuros(1_175_000m), overridden.Final!.GrandTotal);
        await using var db = fixture.ContextFor(user.Context);
        var audited = await db.AuditEntries.Where(a => a.EntityKey == overridden.Record.Id.ToString()).ToListAsync();
        Assert.Contains(audited, a => a.After is { } after && after.Contains("Joulukuun lasku", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_areas_actuals_are_not_seen_and_its_reconciliation_is_not_touched()
    {
        var (area, user, _) = await TwoMemberArea.CreateAsync(fixture);
        await BookActualsAsync(area, user);
        Assert.Empty(await YearEndAsync(user, new YearEndForm { Year = 2025, ActualSharedCost = 1_160_000.26m }));

        var (other, _) = await fixture.CreateAreaAsync(await fixture.NewMunicipalityAsync());
        var stranger = await UseCases.ForAsync(fixture, other, "planner@example.fi");
        Assert.Null(await stranger.Get<YearEndQuery>().ActualSharedCostAsync(2025));
        // Without actuals of its own the stranger's figure is an entry in its own area, no override of area A's.
        Assert.Empty(await YearEndAsync(stranger, new YearEndForm { Year = 2025, ActualSharedCost = 1m }));
        await using var strangers = fixture.ContextFor(stranger.Context);
        var own = await strangers.Reconciliations.SingleAsync();
        Assert.Equal((other, ActualCostSource.Entered), (own.AreaId, own.CostSource));
        await using var db = fixture.ContextFor(user.Context);
        var mine = await db.Reconciliations.SingleAsync();
        Assert.Equal((1_160_000.26m, ActualCostSource.FromActuals), (mine.ActualSharedCost, mine.CostSource));
    }

    /// <summary>
    /// The year's ledger as imported: staff 600 000,00 + 580 000,25, depreciation 30 000 (planned 30 000), external
    /// funding 19 999,99 (planned 20 000), and 5 000 to an investment line (billed on its own, not shared).
    /// </summary>
    private async Task BookActualsAsync(Guid area, UseCases user)
    {
        await using var db = fixture.ContextFor(user.Context);
        var budget = await db.Budgets.SingleAsync(b => b.Year == 2025);
        var staff = await db.BudgetLines.SingleAsync(l => l.BudgetId == budget.Id);
        var depreciation = new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 1, BudgetLineKind.Expense, "Poistot", 30_000m) { ExpenseCategory = ExpenseCategory.Depreciation };
        var investment = new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 2, BudgetLineKind.Expense, "Investoinnit", 5_000m) { ExpenseCategory = ExpenseCategory.Investments };
        var external = new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 3, BudgetLineKind.Income, "ESR", 20_000m) { IncomeCategory = IncomeCategory.ExternalFunding };
        db.BudgetLines.AddRange(depreciation, investment, external);
        var import = new LedgerImport(Guid.NewGuid(), area, 2025, [6, 12], "paakirja.csv", new string('a', 64), "planner", DateTimeOffset.UtcNow, 5, 1_235_000.24m);
        db.LedgerImports.Add(import);
        var n = 0;
        foreach (var (line, month, amount) in new[] { (staff.Id, 6, 600_000m), (staff.Id, 12, 580_000.25m), (depreciation.Id, 12, 30_000m),
                     (investment.Id, 12, 5_000m), (external.Id, 6, 19_999.99m) })
            db.LedgerEntries.Add(new LedgerEntry(Guid.NewGuid(), area, import.Id, line, 2025, month, ++n, "4000", "100", null, null, amount));
        await db.SaveChangesAsync();
    }

    /// <summary>The refusals of a revision: none when it was saved.</summary>
    private static async Task<IReadOnlyList<ValidationFailure>> ReviseAsync(UseCases user, RevisionForm form) =>
        Errors(await user.Get<AddRevision>().RunAsync(form));

    private static async Task<IReadOnlyList<ValidationFailure>> YearEndAsync(UseCases user, YearEndForm form) =>
        Errors(await user.Get<SaveYearEnd>().RunAsync(form));

    private static IReadOnlyList<ValidationFailure> Errors<T>(WriteOutcome<T> outcome) => outcome switch
    {
        WriteOutcome<T>.Saved => [],
        WriteOutcome<T>.Invalid invalid => invalid.Errors,
        _ => throw new Xunit.Sdk.XunitException($"Unexpected outcome {outcome}"),
    };
}
