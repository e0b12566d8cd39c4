using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing.WhatIf;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Tests.Financing;

/// <summary>
/// A scenario's joins and leaves proposed to the administrators: a proposal row they see and close; the memberships
/// never change by it. Committee members may not propose; another area sees nothing of it.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class MembershipProposalTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_planners_proposal_reaches_the_administrators_and_the_memberships_stay_as_they_were()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var other = await FinancingArea.CreateAsync(fixture);
        var admin = await fixture.CreateUserAsync(area.AreaId, AreaRole.Administrator);
        Guid leave, weights;
        await using (var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee))
        {
            leave = Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = area.Year, Name = "B eroaa, C liittyy", Changes = [new RemoveMember(area.B.Value), new AddMunicipality(other.A.Value, "C", new Dictionary<string, decimal> { [Indicator.WorkingAge] = 500m })],
            })).Id;
            weights = Assert.IsType<WriteOutcome<WhatIfScenarioForm>.Saved>(await committee.Get<SaveWhatIfScenario>().RunAsync(new WhatIfScenarioForm
            {
                Year = area.Year, Name = "Painot", Changes = [new ChangeCriteria([new(Indicator.WorkingAge, 100m)])],
            })).Id;
            Assert.IsType<WriteOutcome<ProposalForm>.Forbidden>(await committee.Get<ProposeMembershipChange>().RunAsync(new ProposalForm { ScenarioId = leave }));
        }
        int membershipsBefore;
        await using (var db = fixture.CreateContext(area.AreaId)) membershipsBefore = await db.Memberships.CountAsync();

        await using (var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner))
        {
            Assert.IsType<WriteOutcome<ProposalForm>.Saved>(await planner.Get<ProposeMembershipChange>().RunAsync(new ProposalForm { ScenarioId = leave }));
            Assert.Equal("WhatIf.AlreadyProposed", Assert.IsType<WriteOutcome<ProposalForm>.Invalid>(
                await planner.Get<ProposeMembershipChange>().RunAsync(new ProposalForm { ScenarioId = leave })).Errors[0].ErrorCode);
            Assert.Equal("WhatIf.NoMembershipChange", Assert.IsType<WriteOutcome<ProposalForm>.Invalid>(
                await planner.Get<ProposeMembershipChange>().RunAsync(new ProposalForm { ScenarioId = weights })).Errors[0].ErrorCode);
        }
        await using (var stranger = UseCaseScope.User(fixture, other.AreaId, other.Planner))
        {
            Assert.IsType<WriteOutcome<ProposalForm>.Gone>(await stranger.Get<ProposeMembershipChange>().RunAsync(new ProposalForm { ScenarioId = leave }));
            Assert.Empty(await stranger.Get<MembershipProposalsQuery>().OpenAsync());
        }

        await using var administrator = UseCaseScope.User(fixture, area.AreaId, admin);
        var open = Assert.Single(await administrator.Get<MembershipProposalsQuery>().OpenAsync());
        Assert.Equal((other.A.Value, area.B.Value, "B eroaa, C liittyy"), (open.Joining, open.Leaving, open.ScenarioName));
        await using (var db = fixture.CreateContext(area.AreaId)) Assert.Equal(membershipsBefore, await db.Memberships.CountAsync());

        Assert.IsType<WriteOutcome<CloseProposalForm>.Saved>(await administrator.Get<CloseMembershipProposal>().RunAsync(new CloseProposalForm(open.Id, open.Version)));
        Assert.Empty(await administrator.Get<MembershipProposalsQuery>().OpenAsync());
    }
}
