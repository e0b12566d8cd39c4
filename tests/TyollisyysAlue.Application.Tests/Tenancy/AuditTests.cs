using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Domain.Auditing;

namespace TyollisyysAlue.Application.Tests.Tenancy;

[Collection(DatabaseCollection.Name)]
public class AuditTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_change_is_audited_in_its_area_with_who_when_and_before_and_after()
    {
        var (area, membershipId) = await fixture.CreateAreaAsync();
        var user = Guid.NewGuid();
        await using (var db = fixture.CreateContext(area, user))
        {
            var membership = await db.Memberships.SingleAsync(m => m.Id == membershipId);
            db.Entry(membership).Property(m => m.DecisionReference).CurrentValue = "Valtuusto 12.12.2024 § 99";
            await db.SaveChangesAsync();
        }
        await using var read = fixture.CreateContext(area);
        var entries = await read.AuditEntries.Where(e => e.EntityKey == membershipId.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Added, AuditAction.Modified], entries.Select(e => e.Action));
        var change = entries[1];
        Assert.Equal(area, change.AreaId);
        Assert.Equal(user, change.UserId);
        Assert.Equal("Membership", change.EntityType);
        Assert.True(DateTimeOffset.UtcNow - change.At < TimeSpan.FromMinutes(5));
        Assert.Equal("Päätös 1/2025", JsonDocument.Parse(change.Before!).RootElement.GetProperty("DecisionReference").GetString());
        Assert.Equal("Valtuusto 12.12.2024 § 99", JsonDocument.Parse(change.After!).RootElement.GetProperty("DecisionReference").GetString());
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_its_audit_row()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var other = Guid.NewGuid();
        await using (var db = fixture.CreateContext(area))
        {
            // The second row breaks the foreign key to the register: the whole SaveChanges must roll back.
            db.Memberships.Add(new Domain.Memberships.Membership(Guid.NewGuid(), area, Domain.Municipalities.MunicipalityCode.Parse("297"), new DateOnly(2026, 1, 1), null, "ok"));
            db.Memberships.Add(new Domain.Memberships.Membership(other, area, Domain.Municipalities.MunicipalityCode.Parse("999"), new DateOnly(2026, 1, 1), null, "unknown municipality"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using var read = fixture.CreateContext(area);
        Assert.Equal(1, await read.Memberships.CountAsync());
        Assert.Equal(0, await read.AuditEntries.CountAsync(e => e.EntityKey == other.ToString()));
        Assert.Equal(1, await read.AuditEntries.CountAsync()); // only the area's first membership
    }

    [Fact]
    public async Task Audit_rows_of_another_area_are_invisible()
    {
        var (a, _) = await fixture.CreateAreaAsync();
        var (b, _) = await fixture.CreateAreaAsync();
        await using var db = fixture.CreateContext(a);
        Assert.True(await db.AuditEntries.AnyAsync());
        Assert.False(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.AreaId == b));
    }
}
