using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Partners;

public class PartnerTests
{
    [Fact]
    public void A_review_is_overdue_only_after_its_date()
    {
        var partner = new Partner(Guid.NewGuid(), Guid.NewGuid(), "Kela", PartnerKind.Kela, StatutorySection.Partners) { ReviewDate = new DateOnly(2025, 6, 1) };
        Assert.False(partner.IsReviewOverdue(new DateOnly(2025, 6, 1)));
        Assert.True(partner.IsReviewOverdue(new DateOnly(2025, 6, 2)));
        partner.ReviewDate = null;
        Assert.False(partner.IsReviewOverdue(new DateOnly(2030, 1, 1)));
    }
}
