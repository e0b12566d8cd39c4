using TyollisyysAlue.Application.Committees;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Tests;

[Collection(DatabaseCollection.Name)]
public class CommitteeRosterTests(DatabaseFixture fixture)
{
    private CommitteeRoster RosterIn(Guid area, AreaRole role)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), "admin@example.fi");
        context.EnterArea(area, [role]);
        return new CommitteeRoster(new TestContextFactory(fixture, context), context, new CommitteeMemberFormValidator());
    }

    [Fact]
    public async Task An_administrator_records_a_member_who_then_sits_for_the_term_only()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var roster = RosterIn(area, AreaRole.Administrator);
        Assert.Empty(await roster.AddAsync(new CommitteeMemberForm
        {
            MunicipalityCode = code, Name = "Anna Jäsen", Deputy = "Ville Vara",
            TermStart = new DateTime(2025, 6, 1), TermEnd = new DateTime(2029, 5, 31),
        }));
        var during = await roster.OnAsync(new DateOnly(2026, 1, 1));
        var row = Assert.Single(during!.Rows);
        Assert.Equal(1, row.Seats);
        Assert.Equal("Anna Jäsen", Assert.Single(row.Sitting).Name);
        Assert.Empty(Assert.Single((await roster.OnAsync(new DateOnly(2029, 6, 1)))!.Rows).Sitting);
    }

    [Fact]
    public async Task The_areas_administrator_switches_to_seats_by_population()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        await using (var db = fixture.CreateContext(area))
        {
            db.IndicatorValues.Add(new Domain.Indicators.IndicatorValue(Guid.NewGuid(), area, Domain.Indicators.Indicator.Population,
                Domain.Municipalities.MunicipalityCode.Parse(code), new DateOnly(2024, 12, 31), 25_001m, "test", false));
            await db.SaveChangesAsync();
        }
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RosterIn(area, AreaRole.Planner).SetRuleAsync(Domain.Committees.CommitteeSeatRule.PerStarted10000Residents));
        var admin = RosterIn(area, AreaRole.Administrator);
        await admin.SetRuleAsync(Domain.Committees.CommitteeSeatRule.PerStarted10000Residents);
        Assert.Equal(3, Assert.Single((await admin.OnAsync(new DateOnly(2025, 6, 1)))!.Rows).Seats);
    }

    [Fact]
    public async Task A_member_for_a_non_member_municipality_or_by_a_planner_is_refused()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var outsider = await fixture.NewMunicipalityAsync();
        var form = new CommitteeMemberForm { MunicipalityCode = outsider, Name = "Anna", TermStart = new DateTime(2025, 6, 1) };
        Assert.Equal("Validation.NotAMember", Assert.Single(await RosterIn(area, AreaRole.Administrator).AddAsync(form)).ErrorCode);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RosterIn(area, AreaRole.Planner).AddAsync(form));
        var early = new CommitteeMemberForm { MunicipalityCode = outsider, Name = "Anna", TermStart = new DateTime(2025, 6, 1), TermEnd = new DateTime(2025, 1, 1) };
        Assert.Contains(await RosterIn(area, AreaRole.Administrator).AddAsync(early), e => e.ErrorCode == "Validation.TermEnd");
    }
}
