using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Users;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Auditing;

namespace TyollisyysAlue.Application.Tests.Users;

[Collection(DatabaseCollection.Name)]
public class RoleEditingTests(DatabaseFixture fixture)
{
    private const string LastAdministrator = "Users.LastAdministrator";

    /// <summary>The role use cases of one user, as the administration page runs them.</summary>
    private sealed record Roles(AssignRole Assign, RemoveRole Remove, RemoveAccess Access)
    {
        public Task<WriteOutcome<RoleChangeForm>> AssignAsync(RoleChangeForm form) => Assign.RunAsync(form);
        public Task<WriteOutcome<RoleChangeForm>> RemoveAsync(RoleChangeForm form) => Remove.RunAsync(form);
        public Task<WriteOutcome<RemoveAccessForm>> RemoveAccessAsync(Guid userId) => Access.RunAsync(new RemoveAccessForm(userId));
    }

    private Roles As(Guid user, Guid area, AreaRole role = AreaRole.Administrator)
    {
        var useCases = UseCases.For(fixture, area, "admin@example.fi", user, [role]);
        return new Roles(useCases.Get<AssignRole>(), useCases.Get<RemoveRole>(), useCases.Get<RemoveAccess>());
    }

    private static string CodeOf<T>(WriteOutcome<T> outcome) => Assert.Single(Assert.IsType<WriteOutcome<T>.Invalid>(outcome).Errors).ErrorCode;

    [Fact]
    public async Task An_administrator_gives_and_takes_roles_and_each_change_is_audited()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var planner = await fixture.CreateUserAsync(area, AreaRole.Viewer);
        var editing = As(admin, area);

        Assert.IsType<WriteOutcome<RoleChangeForm>.Saved>(await editing.AssignAsync(new() { UserId = planner, Role = AreaRole.Planner }));
        Assert.Equal("Users.RoleAlreadyHeld", CodeOf(await editing.AssignAsync(new() { UserId = planner, Role = AreaRole.Planner })));
        Assert.IsType<WriteOutcome<RoleChangeForm>.Saved>(await editing.RemoveAsync(new() { UserId = planner, Role = AreaRole.Viewer }));

        await using var db = fixture.CreateContext(area);
        Assert.Equal([AreaRole.Planner], await db.RoleAssignments.Where(r => r.UserId == planner).Select(r => r.Role).ToListAsync());
        var audits = await db.AuditEntries.Where(a => a.EntityType == nameof(AreaRoleAssignment)).Select(a => a.Action).ToListAsync();
        Assert.Contains(AuditAction.Added, audits);
        Assert.Contains(AuditAction.Deleted, audits);
    }

    [Fact]
    public async Task The_last_administrator_cannot_remove_their_own_administrator_role_or_access()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var admin = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var editing = As(admin, area);

        Assert.Equal(LastAdministrator, CodeOf(await editing.RemoveAsync(new() { UserId = admin, Role = AreaRole.Administrator })));
        Assert.Equal(LastAdministrator, CodeOf(await editing.RemoveAccessAsync(admin)));

        var second = await fixture.CreateUserAsync(area, AreaRole.Viewer);
        Assert.IsType<WriteOutcome<RoleChangeForm>.Saved>(await editing.AssignAsync(new() { UserId = second, Role = AreaRole.Administrator }));
        Assert.IsType<WriteOutcome<RoleChangeForm>.Saved>(await editing.RemoveAsync(new() { UserId = admin, Role = AreaRole.Administrator }));
    }

    [Fact]
    public async Task Removing_access_takes_every_role_in_this_area_and_none_elsewhere()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var admin = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var user = await fixture.CreateUserAsync(area, AreaRole.Planner);
        await fixture.AssignAsync(area, user, AreaRole.Viewer);
        await fixture.AssignAsync(other, user, AreaRole.Viewer);

        Assert.IsType<WriteOutcome<RemoveAccessForm>.Saved>(await As(admin, area).RemoveAccessAsync(user));

        await using (var here = fixture.CreateContext(area))
            Assert.False(await here.RoleAssignments.AnyAsync(r => r.UserId == user));
        await using var there = fixture.CreateContext(other);
        Assert.True(await there.RoleAssignments.AnyAsync(r => r.UserId == user));
    }

    [Fact]
    public async Task A_non_administrator_is_refused_on_the_server_and_users_of_other_areas_are_not_found()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var (other, _) = await fixture.CreateAreaAsync();
        var planner = await fixture.CreateUserAsync(area, AreaRole.Planner);
        var stranger = await fixture.CreateUserAsync(other, AreaRole.Viewer);

        // Even a circuit that believes the user is an administrator is refused: the database says planner.
        Assert.IsType<WriteOutcome<RoleChangeForm>.Forbidden>(
            await As(planner, area, AreaRole.Administrator).AssignAsync(new() { UserId = planner, Role = AreaRole.Administrator }));
        Assert.IsType<WriteOutcome<RemoveAccessForm>.Forbidden>(await As(planner, area, AreaRole.Planner).RemoveAccessAsync(planner));
        var admin = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        Assert.IsType<WriteOutcome<RoleChangeForm>.Gone>(await As(admin, area).AssignAsync(new() { UserId = stranger, Role = AreaRole.Viewer }));
        Assert.IsType<WriteOutcome<RemoveAccessForm>.Gone>(await As(admin, area).RemoveAccessAsync(stranger));
    }

    [Fact]
    public async Task A_removal_waits_for_a_concurrent_one_and_then_sees_that_it_would_leave_no_administrator()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var first = await fixture.CreateUserAsync(area, AreaRole.Administrator);
        var second = await fixture.CreateUserAsync(area, AreaRole.Administrator);

        // Another administrator's removal of `first` is under way, holding the area's lock.
        await using var other = fixture.CreateContext(area);
        await using var transaction = await other.Database.BeginTransactionAsync();
        await other.LockAsync(area, "administrators");
        var pending = As(second, area).RemoveAsync(new() { UserId = second, Role = AreaRole.Administrator });
        await Task.Delay(300);
        Assert.False(pending.IsCompleted, "the removal should wait for the lock");
        other.RoleAssignments.Remove(await other.RoleAssignments.SingleAsync(r => r.UserId == first && r.Role == AreaRole.Administrator));
        await other.SaveChangesAsync();
        await transaction.CommitAsync();

        Assert.Equal(LastAdministrator, CodeOf(await pending));
    }
}
