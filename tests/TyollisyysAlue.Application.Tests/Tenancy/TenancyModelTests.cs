using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;

namespace TyollisyysAlue.Application.Tests.Tenancy;

[Collection(DatabaseCollection.Name)]
public class TenancyModelTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Every_entity_is_either_area_owned_or_explicitly_global()
    {
        await using var db = fixture.CreateContext(null);
        var undecided = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !TenancyModel.IsAreaOwned(e) && !TenancyModel.IsGlobal(e))
            .Select(e => e.ClrType.Name)
            .ToList();
        Assert.Empty(undecided);
    }

    [Fact]
    public async Task Every_area_owned_entity_has_the_area_filter()
    {
        await using var db = fixture.CreateContext(null);
        var areaOwned = db.Model.GetEntityTypes().Where(TenancyModel.IsAreaOwned).ToList();
        Assert.Contains(areaOwned, e => e.ClrType.Name == "Membership");
        Assert.Contains(areaOwned, e => e.ClrType.Name == "AreaRoleAssignment");
        Assert.Contains(areaOwned, e => e.ClrType.Name == "AuditEntry");
        Assert.All(areaOwned, e => Assert.NotNull(e.FindDeclaredQueryFilter(TenancyModel.FilterName)));
    }

    [Fact]
    public void A_new_entity_that_is_neither_area_owned_nor_global_stops_the_model()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(fixture.Database.Connections.App).Options;
        using var db = new ContextWithUnscopedEntity(options);
        var error = Assert.Throws<InvalidOperationException>(() => db.Model);
        Assert.Contains(nameof(UnscopedThing), error.Message, StringComparison.Ordinal);
    }

    public sealed class UnscopedThing
    {
        public Guid Id { get; set; }
    }

    private sealed class ContextWithUnscopedEntity(DbContextOptions<AppDbContext> options) : AppDbContext(options, new AreaContext())
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<UnscopedThing>();
            base.OnModelCreating(builder);
        }
    }
}
