using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.Memberships;

public class MembershipTests
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly MunicipalityCode Sipoo = MunicipalityCode.Parse("753");

    private static Membership Member(DateOnly from, DateOnly? to) => new(Guid.NewGuid(), Area, Sipoo, from, to, "Kunnanvaltuusto 1.1.2023 § 1");

    [Fact]
    public void Dates_are_inclusive()
    {
        var m = Member(new DateOnly(2023, 5, 30), new DateOnly(2024, 12, 31));
        Assert.False(m.IsActiveOn(new DateOnly(2023, 5, 29)));
        Assert.True(m.IsActiveOn(new DateOnly(2023, 5, 30)));
        Assert.True(m.IsActiveOn(new DateOnly(2024, 12, 31)));
        Assert.False(m.IsActiveOn(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void A_member_that_left_before_the_area_started_takes_no_part_in_its_first_budget_year()
    {
        var sipoo = Member(new DateOnly(2023, 5, 30), new DateOnly(2024, 12, 31));
        Assert.True(sipoo.CountsForBudgetYear(2024));
        Assert.False(sipoo.CountsForBudgetYear(2025));
    }

    [Fact]
    public void A_mid_year_join_counts_from_the_next_budget_year()
    {
        var kaskinen = Member(new DateOnly(2024, 2, 22), null);
        Assert.False(kaskinen.CountsForBudgetYear(2024));
        Assert.True(kaskinen.CountsForBudgetYear(2025));
        Assert.True(kaskinen.CountsForBudgetYear(2040));
    }

    [Fact]
    public void End_before_start_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Member(new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1)));
        Assert.Equal("membership.end-before-start", ex.Code);
    }

    [Fact]
    public void A_decision_reference_is_required()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new Membership(Guid.NewGuid(), Area, Sipoo, new DateOnly(2025, 1, 1), null, "  "));
        Assert.Equal("membership.decision-required", ex.Code);
    }

    [Theory]
    [InlineData("2025-01-01", null, "2030-01-01", null, true)]
    [InlineData("2025-01-01", "2025-12-31", "2026-01-01", null, false)]
    [InlineData("2025-01-01", "2025-12-31", "2025-12-31", null, true)]
    [InlineData("2026-01-01", null, "2025-01-01", "2025-06-30", false)]
    public void Overlap_detects_shared_days(string aFrom, string? aTo, string bFrom, string? bTo, bool expected)
    {
        static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var a = Member(D(aFrom)!.Value, D(aTo));
        var b = Member(D(bFrom)!.Value, D(bTo));
        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Fact]
    public void Ending_sets_the_last_day_and_reason_and_counts_no_longer_from_the_next_budget_year()
    {
        var member = Member(new DateOnly(2025, 1, 1), null);
        member.End(new DateOnly(2026, 6, 30), " Siirtyi toiselle alueelle ");
        Assert.Equal((new DateOnly(2026, 6, 30), "Siirtyi toiselle alueelle"), (member.ValidTo, member.EndReason));
        Assert.True(member.CountsForBudgetYear(2026));
        Assert.False(member.CountsForBudgetYear(2027));
    }

    [Fact]
    public void Ending_before_the_start_or_without_a_reason_is_refused()
    {
        var member = Member(new DateOnly(2026, 1, 1), null);
        Assert.Equal("membership.end-before-start", Assert.Throws<DomainException>(() => member.End(new DateOnly(2025, 12, 31), "x")).Code);
        Assert.Equal("membership.end-reason-required", Assert.Throws<DomainException>(() => member.End(new DateOnly(2026, 12, 31), " ")).Code);
        Assert.Null(member.ValidTo);
    }
}
