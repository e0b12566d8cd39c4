using TyollisyysAlue.Domain.Committees;

namespace TyollisyysAlue.Domain.Tests.Committees;

public class CommitteeSeatsTests
{
    [Theory]
    [InlineData(122_594, 13)]
    [InlineData(10_000, 1)]
    [InlineData(10_001, 2)]
    [InlineData(1_441, 1)]
    public void By_population_each_started_10000_residents_is_a_seat(int population, int seats) =>
        Assert.Equal(seats, CommitteeSeats.For(CommitteeSeatRule.PerStarted10000Residents, population));

    [Theory]
    [InlineData(122_594)]
    [InlineData(0)]
    public void One_per_member_gives_every_member_one_seat(int population) =>
        Assert.Equal(1, CommitteeSeats.For(CommitteeSeatRule.OnePerMember, population));

    [Fact]
    public void A_member_without_a_population_figure_still_has_one_seat() =>
        Assert.Equal(1, CommitteeSeats.For(CommitteeSeatRule.PerStarted10000Residents, null));

    [Fact]
    public void A_term_cannot_end_before_it_starts() =>
        Assert.Throws<Domain.Common.DomainException>(() => new CommitteeMember(Guid.NewGuid(), Guid.NewGuid(), Domain.Municipalities.MunicipalityCode.Parse("638"),
            "Anna", null, new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 31)));
}
