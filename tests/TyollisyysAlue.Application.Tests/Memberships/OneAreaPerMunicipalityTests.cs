using Microsoft.EntityFrameworkCore;
using Npgsql;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Memberships;

/// <summary>The database holds the rule even for writes that skip the use case (docs/decisions/0006).</summary>
[Collection(DatabaseCollection.Name)]
public class OneAreaPerMunicipalityTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_direct_insert_of_a_municipality_held_by_another_area_is_refused_by_the_exclusion_constraint()
    {
        var held = await fixture.NewMunicipalityAsync();
        await fixture.CreateAreaAsync(held);
        var (other, _) = await fixture.CreateAreaAsync();
        await using var db = fixture.CreateContext(other);
        db.Memberships.Add(new Membership(Guid.NewGuid(), other, MunicipalityCode.Parse(held), new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 1), "ohittaa säännön"));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal("23P01", Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task Every_area_reads_the_claims_but_cannot_change_another_areas()
    {
        var held = await fixture.NewMunicipalityAsync();
        var (holder, membership) = await fixture.CreateAreaAsync(held);
        var (other, _) = await fixture.CreateAreaAsync();
        await using var connection = await fixture.OpenRuntimeConnectionAsync(other);
        await using (var read = new NpgsqlCommand("SELECT area_id FROM municipality_area_claims WHERE membership_id = $1", connection))
        {
            read.Parameters.AddWithValue(membership);
            Assert.Equal(holder, await read.ExecuteScalarAsync());
        }
        await using var delete = new NpgsqlCommand("DELETE FROM municipality_area_claims WHERE membership_id = $1", connection);
        delete.Parameters.AddWithValue(membership);
        Assert.Equal(0, await delete.ExecuteNonQueryAsync());
        await using var update = new NpgsqlCommand("UPDATE municipality_area_claims SET valid_to = '2025-01-01' WHERE membership_id = $1", connection);
        update.Parameters.AddWithValue(membership);
        Assert.Equal(0, await update.ExecuteNonQueryAsync());
    }
}
