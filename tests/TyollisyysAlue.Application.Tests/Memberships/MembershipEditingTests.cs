using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Memberships;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Auditing;

namespace TyollisyysAlue.Application.Tests.Memberships;

[Collection(DatabaseCollection.Name)]
public class MembershipEditingTests(DatabaseFixture fixture)
{
    /// <summary>An administrator (or another role) of the area, joining and ending memberships through the write path.</summary>
    private sealed record Admin(JoinMembership Join, EndMembership End)
    {
        public Task<WriteOutcome<JoinMembershipForm>> JoinAsync(JoinMembershipForm form) => Join.RunAsync(form);
        public Task<WriteOutcome<EndMembershipForm>> EndAsync(EndMembershipForm form) => End.RunAsync(form);
    }

    private async Task<Admin> AdminOf(Guid area, AreaRole role = AreaRole.Administrator)
    {
        var user = await UseCases.ForAsync(fixture, area, "admin@example.fi", role);
        return new Admin(user.Get<JoinMembership>(), user.Get<EndMembership>());
    }

    private static JoinMembershipForm Join(string code, int year = 2026) =>
        new() { MunicipalityCode = code, ValidFrom = new DateOnly(year, 1, 1), DecisionReference = "Valtuusto 1.10.2025 § 12" };

    private static string CodeOf<T>(WriteOutcome<T> outcome) => Assert.Single(Assert.IsType<WriteOutcome<T>.Invalid>(outcome).Errors).ErrorCode;

    [Fact]
    public async Task A_municipality_joins_from_a_date_and_the_change_is_audited_in_the_same_save()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var joiner = await fixture.NewMunicipalityAsync();
        var saved = Assert.IsType<WriteOutcome<JoinMembershipForm>.Saved>(await (await AdminOf(area)).JoinAsync(Join(joiner)));

        await using var db = fixture.CreateContext(area);
        var membership = await db.Memberships.SingleAsync(m => m.Id == saved.Id);
        Assert.Equal(new DateOnly(2026, 1, 1), membership.ValidFrom);
        Assert.False(membership.CountsForBudgetYear(2025));
        Assert.True(membership.CountsForBudgetYear(2026));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityKey == saved.Id.ToString());
        Assert.Equal(AuditAction.Added, audit.Action);
        Assert.Equal("admin@example.fi", audit.UserName);
        Assert.Contains(joiner, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlapping_memberships_of_one_municipality_in_the_area_are_refused()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await AdminOf(area);
        var joiner = await fixture.NewMunicipalityAsync();
        Assert.IsType<WriteOutcome<JoinMembershipForm>.Saved>(await admin.JoinAsync(Join(joiner, 2026)));
        Assert.Equal("Membership.Overlaps", CodeOf(await admin.JoinAsync(Join(joiner, 2027))));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await AdminOf(area);
        var invalid = Assert.IsType<WriteOutcome<JoinMembershipForm>.Invalid>(await admin.JoinAsync(new JoinMembershipForm { MunicipalityCode = "12x" }));
        Assert.Equal(["Membership.CodeInvalid", "Membership.FromRequired", "Membership.DecisionRequired"], invalid.Errors.Select(e => e.ErrorCode));
        Assert.Equal("Membership.UnknownMunicipality", CodeOf(await admin.JoinAsync(Join("999"))));
        await using var db = fixture.CreateContext(area);
        Assert.Equal(1, await db.Memberships.CountAsync());
    }

    [Fact]
    public async Task A_membership_ends_with_its_reason_but_not_before_it_starts_and_not_the_responsible_one()
    {
        var (area, responsible) = await fixture.CreateAreaAsync();
        var admin = await AdminOf(area);
        var joined = Assert.IsType<WriteOutcome<JoinMembershipForm>.Saved>(await admin.JoinAsync(Join(await fixture.NewMunicipalityAsync(), 2026)));
        var end = new EndMembershipForm
        {
            MembershipId = joined.Id, ValidTo = new DateOnly(2025, 12, 31), EndReason = "Siirtyi toiselle alueelle",
            Version = await VersionOfAsync(area, joined.Id),
        };

        Assert.Equal("Membership.EndBeforeStart", CodeOf(await admin.EndAsync(end)));
        end.ValidTo = new DateOnly(2027, 12, 31);
        Assert.IsType<WriteOutcome<EndMembershipForm>.Saved>(await admin.EndAsync(end));
        Assert.Equal("Membership.AlreadyEnded", CodeOf(await admin.EndAsync(end)));
        var responsibleEnd = new EndMembershipForm { MembershipId = responsible, ValidTo = new DateOnly(2027, 12, 31), EndReason = "x" };
        Assert.Equal("Membership.ResponsibleCannotEnd", CodeOf(await admin.EndAsync(responsibleEnd)));
        Assert.Equal("Membership.ReasonRequired", CodeOf(await admin.EndAsync(new EndMembershipForm { MembershipId = joined.Id, ValidTo = new DateOnly(2027, 1, 1) })));

        await using var db = fixture.CreateContext(area);
        var ended = await db.Memberships.SingleAsync(m => m.Id == joined.Id);
        Assert.Equal((new DateOnly(2027, 12, 31), "Siirtyi toiselle alueelle"), (ended.ValidTo, ended.EndReason));
        Assert.Null((await db.Memberships.SingleAsync(m => m.Id == responsible)).ValidTo);
    }

    [Fact]
    public async Task Ending_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await AdminOf(area);
        var joined = Assert.IsType<WriteOutcome<JoinMembershipForm>.Saved>(await admin.JoinAsync(Join(await fixture.NewMunicipalityAsync(), 2026)));
        var stale = await VersionOfAsync(area, joined.Id);
        await using (var db = fixture.CreateContext(area))
        {
            var membership = await db.Memberships.SingleAsync(m => m.Id == joined.Id);
            db.Entry(membership).Property(m => m.DecisionReference).CurrentValue = "Valtuusto 2.10.2025 § 13";
            await db.SaveChangesAsync();
        }
        var end = new EndMembershipForm { MembershipId = joined.Id, ValidTo = new DateOnly(2027, 12, 31), EndReason = "x", Version = stale };
        // A conflict, with the other administrator's membership as it now stands: nothing overwritten.
        var conflict = Assert.IsType<WriteOutcome<EndMembershipForm>.Conflict>(await admin.EndAsync(end));
        Assert.Null(conflict.Theirs!.ValidTo);
        Assert.NotEqual(stale, conflict.Theirs.Version);
        await using var read = fixture.CreateContext(area);
        Assert.Null((await read.Memberships.SingleAsync(m => m.Id == joined.Id)).ValidTo);
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
        Assert.IsType<WriteOutcome<JoinMembershipForm>.Saved>(await (await AdminOf(first)).JoinAsync(Join(contested, 2026)));

        var refusal = Assert.IsType<WriteOutcome<JoinMembershipForm>.Invalid>(await (await AdminOf(second)).JoinAsync(Join(contested, 2030)));
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
            var (adminA, adminB) = (await AdminOf(a), await AdminOf(b));
            var outcomes = await Task.WhenAll(adminA.JoinAsync(Join(contested)), adminB.JoinAsync(Join(contested)));

            Assert.Single(outcomes.OfType<WriteOutcome<JoinMembershipForm>.Saved>());
            Assert.Equal("Membership.InOtherArea", CodeOf<JoinMembershipForm>(outcomes.OfType<WriteOutcome<JoinMembershipForm>.Invalid>().Single()));
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
        var notAdmin = await AdminOf(area, role);
        Assert.IsType<WriteOutcome<JoinMembershipForm>.Forbidden>(await notAdmin.JoinAsync(Join("297")));
        Assert.IsType<WriteOutcome<EndMembershipForm>.Forbidden>(await notAdmin.EndAsync(
            new EndMembershipForm { MembershipId = membership, ValidTo = new DateOnly(2026, 1, 1), EndReason = "x" }));
        await using var db = fixture.CreateContext(area);
        Assert.Null((await db.Memberships.SingleAsync()).ValidTo);
    }
}
