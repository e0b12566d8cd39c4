using TyollisyysAlue.TestSupport;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>The database holds a token's hash and nothing from which the token could be rebuilt.</summary>
[Collection(AppCollection.Name)]
public class ApiTokenStorageTests(AppFixture app)
{
    [Fact]
    public async Task Creating_a_token_stores_only_its_hash_and_the_token_works_and_records_its_use()
    {
        var created = await app.CreateTokenAsync(DemoAreas.Pohjanmaa, "Hash only");
        var secret = created.Token[("ta_".Length + 22 + 1)..]; // after the prefix and the area's id

        await using var db = new NpgsqlConnection(app.Factory.Database.Admin); // superuser: sees past RLS
        await db.OpenAsync();
        var row = await ReadRowAsync(db, "SELECT * FROM api_tokens WHERE id = @id", created.Id);
        Assert.Equal(ApiTokenSecret.Hash(created.Token), row["secret_hash"]);
        Assert.Equal(DemoAreas.Pohjanmaa.ToString(), row["area_id"]);
        Assert.All(row.Values, value => Assert.DoesNotContain(secret, value, StringComparison.Ordinal));
        var audit = await ReadRowAsync(db, "SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, ''), ' ') AS text FROM audit_entries WHERE entity_key = @id::text", created.Id);
        Assert.Contains("Hash only", audit["text"], StringComparison.Ordinal); // the creation is audited…
        Assert.DoesNotContain(secret, audit["text"], StringComparison.Ordinal); // …without the secret

        Assert.Equal("", row["last_used_at"]);
        using var client = app.WithToken(created.Token);
        using var response = await client.GetAsync("/api/v1/areas/2025/split");
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        var used = await ReadRowAsync(db, "SELECT last_used_at FROM api_tokens WHERE id = @id", created.Id);
        Assert.NotEqual("", used["last_used_at"]);
    }

    [Fact]
    public async Task Only_an_administrator_of_the_area_may_create_or_revoke_tokens()
    {
        await using var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "planner.porvoo@example.fi");
        var form = new ApiTokenForm { Name = "Planner's" };
        Assert.IsType<WriteOutcome<ApiTokenForm>.Forbidden>(await scope.ServiceProvider.GetRequiredService<CreateApiToken>().RunAsync(form));
        Assert.Null(form.IssuedToken);
        Assert.IsType<WriteOutcome<RowRef>.Forbidden>(await scope.ServiceProvider.GetRequiredService<RevokeApiToken>().RunAsync(new RowRef(Guid.NewGuid(), 0)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => scope.ServiceProvider.GetRequiredService<ApiTokensQuery>().ListAsync());
    }

    [Fact]
    public async Task Another_areas_administrator_can_neither_see_nor_revoke_a_token()
    {
        var created = await app.CreateTokenAsync(DemoAreas.EspooKauniainen, "Espoo only");
        await using var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi");
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<ApiTokensQuery>().ListAsync(), t => t.Id == created.Id);
        Assert.IsType<WriteOutcome<RowRef>.Gone>(await scope.ServiceProvider.GetRequiredService<RevokeApiToken>().RunAsync(new RowRef(created.Id, 0)));
        using var client = app.WithToken(created.Token);
        using var response = await client.PostJsonAsync("/api/v1/cost-sharing/calculate", Bodies.Calculate());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_needs_a_name()
    {
        await using var scope = await app.Factory.Services.AsAsync(DemoAreas.Porvoo, "admin.porvoo@example.fi");
        var form = new ApiTokenForm { Name = "  " };
        var invalid = Assert.IsType<WriteOutcome<ApiTokenForm>.Invalid>(await scope.ServiceProvider.GetRequiredService<CreateApiToken>().RunAsync(form));
        Assert.Null(form.IssuedToken);
        Assert.Equal(nameof(ApiTokenForm.Name), Assert.Single(invalid.Errors).PropertyName);
    }

    private static async Task<Dictionary<string, string>> ReadRowAsync(NpgsqlConnection db, string sql, Guid id)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
    }
}
