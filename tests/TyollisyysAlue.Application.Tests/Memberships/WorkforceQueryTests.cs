using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Memberships;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Memberships;

[Collection(DatabaseCollection.Name)]
public class WorkforceQueryTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Years_follow_membership_changes_and_ending_a_large_member_warns_of_the_first_year_below()
    {
        await fixture.EnsureIndicatorsAsync();
        var big = await fixture.NewMunicipalityAsync();
        var (area, bigMembership) = await fixture.CreateAreaAsync(big);
        var small = await fixture.NewMunicipalityAsync();
        await using (var db = fixture.CreateContext(area))
        {
            db.Memberships.Add(new Membership(Guid.NewGuid(), area, MunicipalityCode.Parse(small), new DateOnly(2026, 1, 1), null, "Valtuusto § 1"));
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.LabourForce, MunicipalityCode.Parse(big), new DateOnly(2024, 12, 31), 15_000m, "test", false));
            db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.LabourForce, MunicipalityCode.Parse(small), new DateOnly(2024, 12, 31), 6_000m, "test", false));
            await db.SaveChangesAsync();
        }
        var context = new AreaContext();
        context.EnterArea(area, [AreaRole.Administrator]);
        var query = new WorkforceQuery(new TestContextFactory(fixture, context), context);

        var years = await query.YearsAsync(2025, 2026);
        Assert.Equal([(2025, 15_000m, false), (2026, 21_000m, true)], years.Select(y => (y.Year, y.Total, y.MeetsMinimum)));
        var without = await query.WithoutAsync(bigMembership, new DateOnly(2027, 6, 30));
        Assert.Equal((2028, 6_000m, false), (without!.Year, without.Total, without.MeetsMinimum));
    }
}
