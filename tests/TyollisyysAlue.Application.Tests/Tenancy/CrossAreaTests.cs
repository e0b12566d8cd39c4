using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Tenancy;

/// <summary>Through the app's own data layer: another area's objects are "not found" and cannot be written.</summary>
[Collection(DatabaseCollection.Name)]
public class CrossAreaTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_user_of_area_a_gets_not_found_for_area_b_objects()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (_, bMembership) = await fixture.CreateAreaAsync();
        await using var db = fixture.CreateContext(a);
        Assert.Null(await db.Memberships.FindAsync(bMembership));
        Assert.Null(await db.Memberships.FirstOrDefaultAsync(m => m.Id == bMembership));
        Assert.Equal(0, await db.Memberships.CountAsync(m => m.Id == bMembership));
    }

    [Fact]
    public async Task Even_without_the_ef_filter_the_database_hides_area_b()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (_, bMembership) = await fixture.CreateAreaAsync();
        await using var db = fixture.CreateContext(a);
        Assert.Null(await db.Memberships.IgnoreQueryFilters().FirstOrDefaultAsync(m => m.Id == bMembership));
    }

    [Fact]
    public async Task A_user_of_area_a_cannot_change_an_area_b_object()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, bMembership) = await fixture.CreateAreaAsync();
        await using (var db = fixture.CreateContext(a))
        {
            var forged = new Membership(bMembership, b, MunicipalityCode.Parse("638"), new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), "forged");
            db.Memberships.Update(forged);
            // Refused either way: the UPDATE finds no visible row, or the audit row for area B fails RLS's check.
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = fixture.CreateContext(a))
        {
            db.Memberships.Add(new Membership(Guid.NewGuid(), b, MunicipalityCode.Parse("297"), new DateOnly(2026, 1, 1), null, "forged"));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Contains("row-level security", error.InnerException?.Message, StringComparison.Ordinal);
        }
        await using var inB = fixture.CreateContext(b);
        var untouched = await inB.Memberships.SingleAsync(m => m.Id == bMembership);
        Assert.Null(untouched.ValidTo);
        Assert.Equal(1, await inB.Memberships.CountAsync());
    }

    [Fact]
    public async Task A_pooled_connection_reused_by_another_area_sees_only_that_area()
    {
        var (a, aMembership) = await fixture.CreateAreaAsync();
        var (b, bMembership) = await fixture.CreateAreaAsync();
        // One physical connection in the pool: the second context must get the same one.
        await using (var inA = fixture.CreateContext(a, maxPoolSize: 1))
            Assert.Equal([aMembership], await inA.Memberships.Select(m => m.Id).ToListAsync());
        await using (var inB = fixture.CreateContext(b, maxPoolSize: 1))
            Assert.Equal([bMembership], await inB.Memberships.Select(m => m.Id).ToListAsync());
    }

    [Fact]
    public async Task A_user_sees_their_own_role_assignments_in_every_area_but_no_one_elses()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        var me = await CreateUserAsync();
        var other = await CreateUserAsync();
        foreach (var (area, user) in new[] { (a, me), (b, me), (b, other) })
        {
            await using var db = fixture.CreateContext(area);
            db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), area, user, AreaRole.Viewer));
            await db.SaveChangesAsync();
        }
        await using var outside = fixture.CreateContext(null, userId: me);
        var visible = await outside.RoleAssignments.IgnoreQueryFilters().ToListAsync();
        Assert.Equal(2, visible.Count);
        Assert.All(visible, r => Assert.Equal(me, r.UserId));
    }

    private async Task<Guid> CreateUserAsync()
    {
        var id = Guid.NewGuid();
        await using var db = fixture.CreateContext(null);
        db.Users.Add(new Infrastructure.Identity.ApplicationUser { Id = id, UserName = $"{id}@example.fi", Email = $"{id}@example.fi", DisplayName = "Test" });
        await db.SaveChangesAsync();
        return id;
    }
}
