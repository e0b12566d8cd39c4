using TyollisyysAlue.Application.Committees;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;

namespace TyollisyysAlue.Application.Tests;

[Collection(DatabaseCollection.Name)]
public class CommitteeRosterTests(DatabaseFixture fixture)
{
    private Task<UseCases> UserIn(Guid area, AreaRole role) => UseCases.ForAsync(fixture, area, "admin@example.fi", role);

    private static IReadOnlyList<FluentValidation.Results.ValidationFailure> Errors<T>(WriteOutcome<T> outcome) =>
        outcome is WriteOutcome<T>.Invalid invalid ? invalid.Errors : [];

    [Fact]
    public async Task An_administrator_records_a_member_who_then_sits_for_the_term_only()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var admin = await UserIn(area, AreaRole.Administrator);
        var roster = admin.Get<CommitteeRoster>();
        Assert.IsType<WriteOutcome<CommitteeMemberForm>.Saved>(await admin.Get<AddCommitteeMember>().RunAsync(new CommitteeMemberForm
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
        var byPopulation = new SeatRuleForm(Domain.Committees.CommitteeSeatRule.PerStarted10000Residents);
        Assert.IsType<WriteOutcome<SeatRuleForm>.Forbidden>(await (await UserIn(area, AreaRole.Planner)).Get<SetSeatRule>().RunAsync(byPopulation));
        var admin = await UserIn(area, AreaRole.Administrator);
        Assert.IsType<WriteOutcome<SeatRuleForm>.Saved>(await admin.Get<SetSeatRule>().RunAsync(byPopulation));
        Assert.Equal(3, Assert.Single((await admin.Get<CommitteeRoster>().OnAsync(new DateOnly(2025, 6, 1)))!.Rows).Seats);
    }

    [Fact]
    public async Task A_member_for_a_non_member_municipality_or_by_a_planner_is_refused()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var outsider = await fixture.NewMunicipalityAsync();
        var form = new CommitteeMemberForm { MunicipalityCode = outsider, Name = "Anna", TermStart = new DateTime(2025, 6, 1) };
        var admin = (await UserIn(area, AreaRole.Administrator)).Get<AddCommitteeMember>();
        Assert.Equal("Validation.NotAMember", Assert.Single(Errors(await admin.RunAsync(form))).ErrorCode);
        Assert.IsType<WriteOutcome<CommitteeMemberForm>.Forbidden>(await (await UserIn(area, AreaRole.Planner)).Get<AddCommitteeMember>().RunAsync(form));
        var early = new CommitteeMemberForm { MunicipalityCode = outsider, Name = "Anna", TermStart = new DateTime(2025, 6, 1), TermEnd = new DateTime(2025, 1, 1) };
        Assert.Contains(Errors(await admin.RunAsync(early)), e => e.ErrorCode == "Validation.TermEnd");
    }
}
