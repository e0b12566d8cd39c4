using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Application.Financing.WhatIf;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Tests.Financing;

/// <summary>
/// Turning a scenario into a draft key: a NEW non-main key with the scenario's weights, audited; the main key and the
/// real split stay as they were (A 10 000,00 €, B 30 000,00 € of <see cref="FinancingArea"/>). Committee members may
/// not; a scenario without new weights is refused; another area's planner does not find the scenario.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class DraftKeyFromScenarioTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_planner_makes_a_new_draft_key_and_the_main_key_and_the_split_do_not_change()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var weights = await SaveScenarioAsync(area, "50/50", new ChangeCriteria([new(Indicator.WorkingAge, 50m), new(Indicator.ForeignLanguage, 50m)]));
        var leave = await SaveScenarioAsync(area, "B eroaa", new RemoveMember(area.B.Value));

        await using (var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee))
            Assert.IsType<WriteOutcome<DraftKeyForm>.Forbidden>(await committee.Get<DraftKeyFromScenario>().RunAsync(new DraftKeyForm { ScenarioId = weights, Name = "Luonnos" }));
        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        var refused = Assert.IsType<WriteOutcome<DraftKeyForm>.Invalid>(await planner.Get<DraftKeyFromScenario>().RunAsync(new DraftKeyForm { ScenarioId = leave, Name = "Luonnos" }));
        Assert.Equal(("ScenarioId", "WhatIf.NoNewWeights"), (refused.Errors[0].PropertyName, refused.Errors[0].ErrorCode));

        var saved = Assert.IsType<WriteOutcome<DraftKeyForm>.Saved>(await planner.Get<DraftKeyFromScenario>().RunAsync(new DraftKeyForm { ScenarioId = weights, Name = "Luonnos: 50/50" }));
        var again = Assert.IsType<WriteOutcome<DraftKeyForm>.Invalid>(await planner.Get<DraftKeyFromScenario>().RunAsync(new DraftKeyForm { ScenarioId = weights, Name = "Luonnos: 50/50" }));
        Assert.Equal("WhatIf.KeyNameTaken", again.Errors[0].ErrorCode);

        await using (var db = fixture.CreateContext(area.AreaId))
        {
            var keys = await db.AllocationKeys.Include("_criteria").Where(k => k.BudgetYear == area.Year).ToListAsync();
            var main = keys.Single(k => k.IsMain);
            Assert.Equal([(Indicator.WorkingAge, 100m)], main.Criteria.Select(c => (c.IndicatorCode, c.WeightPercent)));
            var draft = keys.Single(k => k.Id == saved.Id);
            Assert.False(draft.IsMain);
            Assert.Equal([(Indicator.WorkingAge, 50m), (Indicator.ForeignLanguage, 50m)], draft.Criteria.Select(c => (c.IndicatorCode, c.WeightPercent)));
            Assert.All(draft.Criteria, c => Assert.Equal(new DateOnly(area.Year - 1, 12, 31), c.ReferenceDate));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityKey.Contains(saved.Id.ToString())));
        }
        var net = await planner.Get<NetPositionQuery>().LoadAsync(area.Year);
        Assert.Equal(1_000_000L, net.Table!.Rows.Single(r => r.Code == area.A).Input.Payment.Cents);
        Assert.Equal(3_000_000L, net.Table.Rows.Single(r => r.Code == area.B).Input.Payment.Cents);
    }

    [Fact]
    public async Task Another_areas_planner_does_not_find_the_scenario()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var other = await FinancingArea.CreateAsync(fixture);
        var weights = await SaveScenarioAsync(area, "50/50", new ChangeCriteria([new(Indicator.WorkingAge, 50m), new(Indicator.ForeignLanguage, 50m)]));
        await using var stranger = UseCaseScope.User(fixture, other.AreaId, other.Planner);
        Assert.IsType<WriteOutcome<DraftKeyForm>.Gone>(await stranger.Get<DraftKeyFromScenario>().RunAsync(new DraftKeyForm { ScenarioId = weights, Name = "Luonnos" }));
        await using var db = fixture.CreateContext(area.AreaId);
        Assert.Single(await db.AllocationKeys.Where(k => k.BudgetYear == area.Year).ToListAsync());
    }

    private async Task<Guid> SaveScenarioAsync(FinancingArea area, string name, ScenarioChange change)
    {
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);
        return Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(
            new WhatIfScenarioForm { Year = area.Year, Name = name, Changes = [change] })).Id;
    }
}
