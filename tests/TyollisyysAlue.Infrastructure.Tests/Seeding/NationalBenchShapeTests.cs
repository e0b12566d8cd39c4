using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.Infrastructure.Seeding.NationalBench;

namespace TyollisyysAlue.Infrastructure.Tests.Seeding;

/// <summary>The national bench dataset's shape, without a database: areas, accounts, scale and determinism.</summary>
public sealed class NationalBenchShapeTests
{
    [Fact]
    public void Forty_five_areas_hold_every_municipality_in_force_once_and_the_four_big_cities_alone()
    {
        var areas = NationalAreas.All;
        Assert.Equal(NationalScale.AreaCount, areas.Count);
        var members = areas.SelectMany(a => a.Members.Select(m => m.Code.Value)).ToList();
        var inForce = MunicipalityRegister.Rows.Where(r => r.MergedInto is null).Select(r => r.Code.Value).ToList();
        Assert.Equal(inForce.Order(), members.Order());
        foreach (var alone in new[] { "091", "092", "398", "286" })
            Assert.Single(areas.Single(a => a.Members.Any(m => m.Code.Value == alone)).Members);
        Assert.Equal("bench-01", areas.MaxBy(a => a.Members.Count)!.Slug);
        Assert.Equal(areas.Count, areas.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Area_names_say_they_are_synthetic_in_both_languages()
    {
        var start = new DateOnly(2020, 1, 1);
        Assert.All(NationalAreas.All.Select(a => a.ToEntity(start)), area =>
        {
            Assert.Contains("Synteettinen", area.NameFi, StringComparison.Ordinal);
            Assert.Contains("Syntetiskt", area.NameSv!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_thousand_accounts_with_unique_self_describing_names_and_all_four_roles_in_every_area()
    {
        var users = NationalUsers.All(NationalScale.Full);
        Assert.Equal(1_000, users.Count);
        Assert.Equal(users.Count, users.Select(u => u.Email).Distinct().Count());
        Assert.Equal(users.Count, users.Select(u => u.Id).Distinct().Count());
        foreach (var area in NationalAreas.All)
        {
            var roles = users.SelectMany(u => u.Roles).Where(r => r.Area == area.Id).Select(r => r.Role).ToHashSet();
            Assert.Equal(Enum.GetValues<AreaRole>().ToHashSet(), roles);
        }
        Assert.Contains(users, u => u.Email == NationalUsers.EmailOf(AreaRole.Administrator, 0, "bench-01"));
        Assert.Contains(users, u => u.Roles.Count == 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_dataset()
    {
        Assert.Equal(NationalUsers.All(NationalScale.Full).Select(u => (u.Id, u.Email)), NationalUsers.All(NationalScale.Full).Select(u => (u.Id, u.Email)));
        var area = NationalAreas.All[0];
        var today = new DateOnly(2026, 12, 5);
        Assert.Equal(NationalIndicators.For(area, 2018, today).Select(v => (v.Id, v.Value)), NationalIndicators.For(area, 2018, today).Select(v => (v.Id, v.Value)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_scale_outside_zero_to_one_is_refused(double factor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NationalScale(factor));

    [Fact]
    public void A_small_scale_shrinks_the_counts_but_keeps_a_past_year_and_every_area()
    {
        var small = new NationalScale(0.02);
        Assert.Equal(3, small.Years);
        Assert.Equal(NationalScale.AreaCount, small.Users);
        Assert.Equal(20_000, small.AuditRows);
        Assert.Equal(10, NationalScale.Full.Years);
        Assert.Equal(20, NationalScale.Full.PlanVersionsPerArea);
        Assert.Equal(40, NationalScale.Full.SectionsPerVersion);
        Assert.Equal(new[] { 2025, 2026, 2027 }, NationalDataset.YearsFor(small, new DateOnly(2026, 12, 5)));
    }
}
