using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Application.Financing.WhatIf;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Application.Tests.Plans;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Financing;

/// <summary>
/// The arrangement plan's financing blocks: the net position and the year's what-if scenarios are rendered from current
/// data in a draft and frozen with the version on approval. Figures by hand from <see cref="FinancingArea"/>:
/// B pays 30 000,00, receives (20 000,00 + 50 200,00) / 2 = 35 100,00, owes the estimate 5 000,00, gets 3 000,00 →
/// net −3 100,00; A 10 000,00 + 1 200,00 − 25 500,00 − 1 000,00 = −15 300,00; total −18 400,00.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class FinancingLiveBlockTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_approved_versions_net_position_and_what_if_blocks_do_not_change_when_the_data_does()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var planner = new PlanServicesForTests(fixture, area.AreaId, $"{Guid.NewGuid():N}@example.fi");
        await using (var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee))
            Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = area.Year, Name = "B eroaa", Changes = [new RemoveMember(area.B.Value)],
            }));
        var plan = await planner.NewDraftAsync();
        var section = plan.Sections.First(s => s.Section.Statutory == StatutorySection.Resources).Section;
        Assert.IsType<WriteOutcome<LiveBlocksForm>.Saved>(await planner.Structure.SetLiveBlocksAsync(section.Id,
            [new((int)LiveBlockKind.NetPosition, area.Year), new((int)LiveBlockKind.WhatIf, area.Year)]));

        var draft = (await planner.Documents.BuildAsync(plan.Version.Id))!.Sections.First(s => s.Heading == section.Heading).Tables;
        AssertNet(draft[0], "−3 100,00 €", "5 000,00 € *", "−18 400,00 €");
        // In the scenario A pays the whole 40 000,00 € alone: +30 000,00 €.
        Assert.Contains(draft[1].Rows, r => r[0] == "B eroaa" && Plain(r[3]) == "40 000,00 €" && Plain(r[4]) == "30 000,00 €");
        Assert.Contains("alle lain 380/2023", draft[1].Note, StringComparison.Ordinal);

        await planner.Workflow.SubmitAsync(plan.Version.Id);
        Assert.IsType<WriteOutcome<ApprovalForm>.Saved>(await planner.Workflow.ApproveAsync(plan.Version.Id,
            new ApprovalForm { DecisionBody = "Työllisyysjaosto", DecisionDate = new DateTime(2025, 2, 1), DecisionSection = "§ 8" }));

        // After the approval the estimate rises by 1 000,00 € and a second scenario is saved.
        uint version;
        await using (var db = fixture.CreateContext(area.AreaId))
            version = (await db.BenefitLiabilityEstimates.SingleAsync(e => e.Year == area.Year)).Version;
        await using (var writer = UseCaseScope.User(fixture, area.AreaId, area.Planner))
        {
            Assert.IsType<WriteOutcome<BenefitEstimateForm>.Saved>(await writer.Get<SaveBenefitLiabilityEstimate>().RunAsync(new BenefitEstimateForm
            {
                Year = area.Year, MunicipalityCode = area.B.Value, Amount = 6_000m, Basis = "uusi arvio", Version = version,
            }));
            Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await writer.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = area.Year, Name = "A eroaa", Changes = [new RemoveMember(area.A.Value)],
            }));
        }

        var approved = (await planner.Documents.BuildAsync(plan.Version.Id))!.Sections.First(s => s.Heading == section.Heading).Tables;
        AssertNet(approved[0], "−3 100,00 €", "5 000,00 € *", "−18 400,00 €");
        Assert.DoesNotContain(approved[1].Rows, r => r[0] == "A eroaa");

        var live = await planner.Renderer.RenderAsync(new LiveBlockRef((int)LiveBlockKind.NetPosition, area.Year), new DateOnly(2025, 6, 1), "fi");
        AssertNet(live, "−2 100,00 €", "6 000,00 € *", "−17 400,00 €");
    }

    [Fact]
    public async Task A_block_of_one_scenario_shows_only_it_and_stays_as_approved_when_the_scenario_changes()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var planner = new PlanServicesForTests(fixture, area.AreaId, $"{Guid.NewGuid():N}@example.fi");
        Guid chosen;
        await using (var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee))
        {
            var saved = Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = area.Year, Name = "B eroaa", Changes = [new RemoveMember(area.B.Value)],
            }));
            chosen = saved.Id;
            Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = area.Year, Name = "A eroaa", Changes = [new RemoveMember(area.A.Value)],
            }));
        }
        var plan = await planner.NewDraftAsync();
        var section = plan.Sections.First(s => s.Section.Statutory == StatutorySection.Resources).Section;
        Assert.IsType<WriteOutcome<LiveBlocksForm>.Saved>(await planner.Structure.SetLiveBlocksAsync(section.Id,
            [new((int)LiveBlockKind.WhatIf, area.Year, chosen), new((int)LiveBlockKind.WhatIf, area.Year)]));

        var draft = (await planner.Documents.BuildAsync(plan.Version.Id))!.Sections.First(s => s.Heading == section.Heading).Tables;
        Assert.Equal($"Entä jos -skenaario: B eroaa ({area.Year})", draft[0].Caption);
        Assert.All(draft[0].Rows, r => Assert.Equal("B eroaa", r[0]));
        Assert.Contains(draft[0].Rows, r => Plain(r[3]) == "40 000,00 €" && Plain(r[4]) == "30 000,00 €");
        Assert.Contains(draft[1].Rows, r => r[0] == "A eroaa");   // the year's block still shows every scenario

        await planner.Workflow.SubmitAsync(plan.Version.Id);
        Assert.IsType<WriteOutcome<ApprovalForm>.Saved>(await planner.Workflow.ApproveAsync(plan.Version.Id,
            new ApprovalForm { DecisionBody = "Työllisyysjaosto", DecisionDate = new DateTime(2025, 2, 1), DecisionSection = "§ 9" }));

        // After the approval the chosen scenario is changed: A leaves instead of B (A would then pay 0, B all 40 000,00 €).
        await using (var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee))
        {
            uint version;
            await using (var db = fixture.CreateContext(area.AreaId))
                version = (await db.WhatIfScenarios.SingleAsync(s => s.Id == chosen)).Version;
            Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Id = chosen, Year = area.Year, Name = "B eroaa", Changes = [new RemoveMember(area.A.Value)], Version = version,
            }));
        }
        var approved = (await planner.Documents.BuildAsync(plan.Version.Id))!.Sections.First(s => s.Heading == section.Heading).Tables;
        Assert.Contains(approved[0].Rows, r => Plain(r[3]) == "40 000,00 €" && Plain(r[4]) == "30 000,00 €");
        var live = await planner.Renderer.RenderAsync(new LiveBlockRef((int)LiveBlockKind.WhatIf, area.Year, chosen), new DateOnly(2025, 6, 1), "fi");
        Assert.Contains(live.Rows, r => Plain(r[3]) == "40 000,00 €" && Plain(r[4]) == "10 000,00 €");
    }

    [Fact]
    public async Task A_removed_or_other_areas_scenario_is_a_note_in_the_plans_language_not_an_error()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var other = await FinancingArea.CreateAsync(fixture);
        Guid theirs;
        await using (var committee = UseCaseScope.User(fixture, other.AreaId, other.Committee))
            theirs = Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = other.Year, Name = "Heidän", Changes = [new RemoveMember(other.B.Value)],
            })).Id;
        var planner = new PlanServicesForTests(fixture, area.AreaId, $"{Guid.NewGuid():N}@example.fi");
        await planner.NewDraftAsync();

        var table = await planner.Renderer.RenderAsync(new LiveBlockRef((int)LiveBlockKind.WhatIf, other.Year, theirs), new DateOnly(2025, 6, 1), "sv");
        Assert.Empty(table.Rows);
        Assert.Equal("Scenariot har tagits bort; ta bort tabellen eller välj ett annat scenario.", table.Note);
        Assert.DoesNotContain("Heidän", table.Caption, StringComparison.Ordinal);

        await using (var db = fixture.CreateContext(other.AreaId))
        {
            db.WhatIfScenarios.Remove(await db.WhatIfScenarios.SingleAsync(s => s.Id == theirs));
            await db.SaveChangesAsync();
        }
        var otherPlanner = new PlanServicesForTests(fixture, other.AreaId, $"{Guid.NewGuid():N}@example.fi");
        await otherPlanner.NewDraftAsync();
        var removed = await otherPlanner.Renderer.RenderAsync(new LiveBlockRef((int)LiveBlockKind.WhatIf, other.Year, theirs), new DateOnly(2025, 6, 1), "fi");
        Assert.Empty(removed.Rows);
        Assert.StartsWith("Skenaario on poistettu", removed.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_with_missing_parameters_is_an_empty_block_that_names_them_in_the_plans_language()
    {
        var area = await FinancingArea.CreateAsync(fixture, withParameters: false);
        var planner = new PlanServicesForTests(fixture, area.AreaId, $"{Guid.NewGuid():N}@example.fi");
        await planner.NewDraftAsync();
        var table = await planner.Renderer.RenderAsync(new LiveBlockRef((int)LiveBlockKind.NetPosition, area.Year), new DateOnly(2025, 6, 1), "sv");
        Assert.Empty(table.Rows);
        Assert.Contains("Finansministeriet", table.Note, StringComparison.Ordinal);
        Assert.StartsWith("Medlemskommunernas nettoposition", table.Caption, StringComparison.Ordinal);
    }

    private static void AssertNet(LiveTable table, string netOfB, string liabilityOfB, string totalNet)
    {
        Assert.Equal(LiveBlockKind.NetPosition, table.Kind);
        var b = table.Rows.Single(r => Plain(r[1]) == "30 000,00 €");
        Assert.Equal(netOfB, Plain(b[5]));
        Assert.Equal(liabilityOfB, Plain(b[3]));
        Assert.Equal(totalNet, Plain(table.Totals![5]));
    }

    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Replace('-', '−');
}
