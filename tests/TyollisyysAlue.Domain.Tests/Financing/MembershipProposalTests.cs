using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing.WhatIf;

namespace TyollisyysAlue.Domain.Tests.Financing;

public class MembershipProposalTests
{
    [Fact]
    public void A_proposal_is_open_until_an_administrator_closes_it_once()
    {
        var at = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
        var proposal = new MembershipProposal(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2025, "Porvoo eroaa", "", "638", "planner", at);
        Assert.True(proposal.IsOpen);

        proposal.Close("admin", at.AddHours(1));
        Assert.False(proposal.IsOpen);
        Assert.Equal(("admin", at.AddHours(1)), (proposal.ClosedBy, proposal.ClosedAt!.Value));
        Assert.Equal("proposal.closed", Assert.Throws<DomainException>(() => proposal.Close("admin", at.AddHours(2))).Code);
    }
}
