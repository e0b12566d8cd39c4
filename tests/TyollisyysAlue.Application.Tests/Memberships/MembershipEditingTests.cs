using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Memberships;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Auditing;

namespace TyollisyysAlue.Application.Tests.Memberships;

[Collection(DatabaseCollection.Name)]
public class MembershipEditingTests(DatabaseFixture fixture)
{
    private MembershipEditing AdminOf(Guid area, AreaRole role = AreaRole.Administrator)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), "admin@example.fi");
        context.EnterArea(area, [role]);
        return new MembershipEditing(new TestContextFactory(fixture, context), context,
            new JoinMembershipFormValidator(), new EndMembershipFormValidator());
    }

    private static JoinMembershipForm Join(string code, int year = 2026) =>
        new() { MunicipalityCode = code, ValidFrom = new DateOnly(year, 1, 1), DecisionReference = "Valtuusto 1.10.2025 § 12" };

    private static string CodeOf(MembershipOutcome outcome) => Assert.Single(Assert.IsType<MembershipOutcome.Invalid>(outcome).Errors).ErrorCode;

    [Fact]
    public async Task A_municipality_joins_from_a_date_and_the_change_is_audited_in_the_same_save()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var joiner = await fixture.NewMunicipalityAsync();
        var saved = Assert.IsType<MembershipOutcome.Saved>(await AdminOf(area).JoinAsync(Join(joiner)));

        await using var db = fixture.CreateContext(area);
        var membership = await db.Memberships.SingleAsync(m => m.Id == saved.MembershipId);
        Assert.Equal(new DateOnly(2026, 1, 1), membership.ValidFrom);
        Assert.False(membership.CountsForBudgetYear(2025));
        Assert.True(membership.CountsForBudgetYear(2026));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityKey == saved.MembershipId.ToString());
        Assert.Equal(AuditAction.Added, audit.Action);
        Assert.Equal("admin@example.fi", audit.UserName);
        Assert.Contains(joiner, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlapping_memberships_of_one_municipality_in_the_area_are_refused()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = AdminOf(area);
        var joiner = await fixture.NewMunicipalityAsync();
        Assert.IsType<MembershipOutcome.Saved>(await admin.JoinAsync(Join(joiner, 2026)));
        Assert.Equal("Membership.Overlaps", CodeOf(await admin.JoinAsync(Join(joiner, 2027))));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = AdminOf(area);
        var invalid = Assert.IsType<MembershipOutcome.Invalid>(await admin.JoinAsync(new JoinMembershipForm { MunicipalityCode = "12x" }));
        Assert.Equal(["Membership.CodeInvalid", "Membership.FromRequired", "Membership.DecisionRequired"], invalid.Errors.Select(e => e.ErrorCode));
        Assert.Equal("Membership.UnknownMunicipality", CodeOf(await admin.JoinAsync(Join("999"))));
        await using var db = fixture.CreateContext(area);
        Assert.Equal(1, await db.Memberships.CountAsync());
    }

    [Fact]
    public async Task A_membership_ends_with_its_reason_but_not_before_it_starts_and_not_the_responsible_one()
    {
        var (area, responsible) = await fixture.CreateAreaAsync();
        var admin = AdminOf(area);
        var joined = Assert.IsType<MembershipOutcome.Saved>(await admin.JoinAsync(Join(await fixture.NewMunicipalityAsync(), 2026)));
        var end = new EndMembershipForm
        {
            MembershipId = joined.MembershipId, ValidTo = new DateOnly(2025, 12, 31), EndReason = "Siirtyi toiselle alueelle",
            Version = await VersionOfAsync(area, joined.MembershipId),
        };

        Assert.Equal("Membership.EndBeforeStart", CodeOf(await admin.EndAsync(end)));
        end.ValidTo = new DateOnly(2027, 12, 31);
        Assert.IsType<MembershipOutcome.Saved>(await admin.EndAsync(end));
        Assert.Equal("Membership.AlreadyEnded", CodeOf(await admin.EndAsync(end)));
        var responsibleEnd = new EndMembershipForm { MembershipId = responsible, ValidTo = new DateOnly(2027, 12, 31), EndReason = "x" };
        Assert.Equal("Membership.ResponsibleCannotEnd", CodeOf(await admin.EndAsync(responsibleEnd)));
        Assert.Equal("Membership.ReasonRequired", CodeOf(await admin.EndAsync(new EndMembershipForm { MembershipId = joined.MembershipId, ValidTo = new DateOnly(2027, 1, 1) })));

        await using var db = fixture.CreateContext(area);
        var ended = await db.Memberships.SingleAsync(m => m.Id == joined.MembershipId);
        Assert.Equal((new DateOnly(2027, 12, 31), "Siirtyi toiselle alueelle"), (ended.ValidTo, ended.EndReason));
        Assert.Null((await db.Memberships.SingleAsync(m => m.Id == responsible)).ValidTo);
    }

    [Fact]
    public async Task Ending_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = AdminOf(area);
        var joined = Assert.IsType<MembershipOutcome.Saved>(await admin.JoinAsync(Join(await fixture.NewMunicipalityAsync(), 2026)));
        var stale = await VersionOfAsync(area, joined.MembershipId);
        await using (var db = fixture.CreateContext(area))
        {
            var membership = await db.Memberships.SingleAsync(m => m.Id == joined.MembershipId);
            db.Entry(membership).Property(m => m.DecisionReference).CurrentValue = "Valtuusto 2.10.2025 § 13";
            await db.SaveChangesAsync();
        }
        var end = new EndMembershipForm { MembershipId = joined.MembershipId, ValidTo = new DateOnly(2027, 12, 31), EndReason = "x", Version = stale };
        Assert.Equal("Membership.ChangedMeanwhile", CodeOf(await admin.EndAsync(end)));
        await using var read = fixture.CreateContext(area);
        Assert.Null((await read.Memberships.SingleAsync(m => m.Id == joined.MembershipId)).ValidTo);
    }

    private async Task<uint> VersionOfAsync(Guid area, Guid membership)
    {
        await using var db = fixture.CreateContext(area);
        return (await db.Memberships.SingleAsync(m => m.Id == membership)).Version;
    }

    [Fact]
    public async Task A_second_area_is_refused_a_municipality_held_on_the_same_day_and_told_which_area_holds_it()
    {
        var (first, _) = await fixture.CreateAreaAsync();
        var (second, _) = await fixture.CreateAreaAsync();
        var contested = await fixture.NewMunicipalityAsync();
        Assert.IsType<MembershipOutcome.Saved>(await AdminOf(first).JoinAsync(Join(contested, 2026)));

        var refusal = Assert.IsType<MembershipOutcome.Invalid>(await AdminOf(second).JoinAsync(Join(contested, 2030)));
        var error = Assert.Single(refusal.Errors);
        Assert.Equal("Membership.InOtherArea", error.ErrorCode);
        Assert.StartsWith("Testialue " + first.ToString()[..4], (string)((object[])error.CustomState)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_areas_joining_one_municipality_at_the_same_moment_exactly_one_succeeds()
    {
        for (var round = 0; round < 5; round++)
        {
            var (a, _) = await fixture.CreateAreaAsync();
            var (b, _) = await fixture.CreateAreaAsync();
            var contested = await fixture.NewMunicipalityAsync();
            var outcomes = await Task.WhenAll(AdminOf(a).JoinAsync(Join(contested)), AdminOf(b).JoinAsync(Join(contested)));

            Assert.Single(outcomes.OfType<MembershipOutcome.Saved>());
            Assert.Equal("Membership.InOtherArea", CodeOf(outcomes.OfType<MembershipOutcome.Invalid>().Single()));
            await using var inA = fixture.CreateContext(a);
            await using var inB = fixture.CreateContext(b);
            Assert.Equal(3, await inA.Memberships.CountAsync() + await inB.Memberships.CountAsync());
            // The refused save left no audit row behind either.
            Assert.Equal(3, await inA.AuditEntries.CountAsync(e => e.EntityType == "Membership") + await inB.AuditEntries.CountAsync(e => e.EntityType == "Membership"));
        }
    }

    [Theory]
    [InlineData(AreaRole.Planner)]
    [InlineData(AreaRole.Viewer)]
    public async Task Only_administrators_change_memberships(AreaRole role)
    {
        var (area, membership) = await fixture.CreateAreaAsync();
        var notAdmin = AdminOf(area, role);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => notAdmin.JoinAsync(Join("297")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => notAdmin.EndAsync(
            new EndMembershipForm { MembershipId = membership, ValidTo = new DateOnly(2026, 1, 1), EndReason = "x" }));
        await using var db = fixture.CreateContext(area);
        Assert.Null((await db.Memberships.SingleAsync()).ValidTo);
    }
}
