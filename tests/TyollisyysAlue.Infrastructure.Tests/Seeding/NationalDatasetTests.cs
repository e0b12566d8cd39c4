using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TyollisyysAlue.Application.Auditing;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.Infrastructure.Seeding.NationalBench;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Infrastructure.Tests.Seeding;

/// <summary>
/// CI's smoke of the national bench dataset (issue 17): the generator at a small scale, twice, on a fresh PostgreSQL,
/// then what the app needs of it — every municipality in one area each year, budgets and keys that add up, accounts the
/// sign-in finds, an audit log the app's own query reads, and row-level security between the bench areas.
/// </summary>
public sealed class NationalDatasetTests(NationalDatasetTests.Filled filled) : IClassFixture<NationalDatasetTests.Filled>
{
    private static readonly NationalScale Scale = new(0.02);
    private readonly TestDatabase _database = filled.Database;
    private readonly ServiceProvider _services = filled.Services;
    private readonly NationalSummary _first = filled.First;
    private readonly NationalSummary _second = filled.Second;

    /// <summary>One database filled twice for the whole class (the generator is the slow part).</summary>
    public sealed class Filled : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = default!;
        public ServiceProvider Services { get; private set; } = default!;
        public NationalSummary First { get; private set; } = default!;
        public NationalSummary Second { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.StartAsync("tyollisyysalue_national");
            Services = NationalBenchServices.Build(Database.Connections,
                configure: s => s.AddIdentityCore<ApplicationUser>().AddEntityFrameworkStores<AppDbContext>());
            First = await NationalBenchServices.FillAsync(Services, Scale);
            Second = await NationalBenchServices.FillAsync(Services, Scale);
        }

        public async Task DisposeAsync()
        {
            await Services.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    [Fact]
    public void A_second_run_changes_nothing_and_says_the_data_is_there()
    {
        Assert.False(_first.AlreadyThere);
        Assert.True(_second.AlreadyThere);
        Assert.Equal(_first.RowsPerTable, _second.RowsPerTable);
        Assert.Equal(NationalScale.AreaCount, _first.RowsPerTable["employment_areas"]);
        Assert.Equal(Scale.Users, _first.RowsPerTable["users"]);
        Assert.True(_first.RowsPerTable["audit_entries"] >= Scale.AuditRows);
        Assert.All(new[] { "indicator_values", "plan_sections", "plan_comments", "budgets", "key_criteria", "budget_revisions",
            "year_end_reconciliations", "service_offerings", "service_points", "staff_allocations", "partners", "plan_goals" },
            table => Assert.True(_first.RowsPerTable[table] > 0, table));
    }

    [Fact]
    public async Task Every_municipality_of_the_register_belongs_to_exactly_one_area_in_every_year()
    {
        var inForce = MunicipalityRegister.Rows.Where(r => r.MergedInto is null).Select(r => r.Code.Value).ToList();
        var memberships = new List<(Guid Area, string Code, DateOnly From, DateOnly? To)>();
        foreach (var area in NationalAreas.All)
        {
            await using var db = Context(area.Id);
            memberships.AddRange((await db.Memberships.ToListAsync()).Select(m => (m.AreaId, m.MunicipalityCode.Value, m.ValidFrom, m.ValidTo)));
        }
        var years = await YearsAsync();
        Assert.Equal(Scale.Years, years.Count);
        foreach (var year in years)
        {
            var day = new DateOnly(year, 1, 1);
            foreach (var code in inForce)
                Assert.Single(memberships, m => m.Code == code && m.From <= day && (m.To is null || day <= m.To));
        }
        Assert.Empty(memberships.Select(m => m.Code).Except(inForce));
    }

    [Fact]
    public async Task Budgets_balance_to_the_cent_and_every_key_weighs_a_hundred_percent()
    {
        var budgets = 0;
        foreach (var area in NationalAreas.All)
        {
            await using var db = Context(area.Id);
            foreach (var lines in (await db.BudgetLines.ToListAsync()).GroupBy(l => l.BudgetId))
            {
                var income = lines.Where(l => l.Kind == BudgetLineKind.Income).Sum(l => l.Amount);
                var expenses = lines.Where(l => l.Kind == BudgetLineKind.Expense).Sum(l => l.Amount);
                Assert.Equal(expenses, income);
                Assert.All(lines, l => Assert.Equal(l.Amount, decimal.Truncate(l.Amount * 100m) / 100m));
                budgets++;
            }
            foreach (var key in await db.KeyCriteria.GroupBy(c => c.KeyId).Select(g => g.Sum(c => c.WeightPercent)).ToListAsync())
                Assert.Equal(100m, key);
        }
        Assert.Equal(NationalScale.AreaCount * Scale.Years, budgets);
    }

    [Fact]
    public async Task The_sign_in_finds_every_bench_account_and_the_bench_password_verifies()
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var bench in NationalUsers.All(Scale).Where((_, i) => i % 9 == 0))
        {
            var user = await users.FindByEmailAsync(bench.Email);
            Assert.NotNull(user);
            Assert.True(user.IsActive);
            Assert.True(await users.CheckPasswordAsync(user, NationalUsers.Password), bench.Email);
            Assert.False(await users.CheckPasswordAsync(user, NationalUsers.Password + "x"));
        }
    }

    [Fact]
    public async Task The_audit_log_page_of_the_largest_area_reads_the_synthetic_history()
    {
        var largest = NationalAreas.All.MaxBy(a => a.Members.Count)!;
        await using var scope = _services.CreateAsyncScope();
        var area = scope.ServiceProvider.GetRequiredService<AreaContext>();
        area.SetUser(Guid.NewGuid(), "admin");
        area.EnterArea(largest.Id, [AreaRole.Administrator]);
        var query = scope.ServiceProvider.GetRequiredService<AuditLogQuery>();
        var page = await query.PageAsync(new AuditLogFilter(), 0);
        Assert.Equal(AuditLogQuery.PageSize, page.Rows.Count);
        Assert.True(page.Total > Scale.AuditRows / NationalScale.AreaCount);
        Assert.All(page.Rows, r => Assert.Equal(largest.Id, r.AreaId));
        var edits = await query.PageAsync(new AuditLogFilter(EntityType: "BudgetLineItem"), 0);
        Assert.Contains(edits.Rows, r => r.UserName!.EndsWith("@" + NationalUsers.Domain, StringComparison.Ordinal) && r.Before!.Contains("\"Amount\"", StringComparison.Ordinal));
        var choices = await query.ChoicesAsync();
        Assert.Contains(choices.Users, u => u.EndsWith("@" + NationalUsers.Domain, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_runtime_role_in_one_bench_area_sees_nothing_of_another_and_cannot_write_there()
    {
        var (a, b) = (NationalAreas.All[0], NationalAreas.All[1]);
        await using var connection = new NpgsqlConnection(_database.Connections.App);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand(AreaSession.SetSql, connection))
        {
            set.Parameters.Add(new NpgsqlParameter { Value = a.Id.ToString() });
            set.Parameters.Add(new NpgsqlParameter { Value = string.Empty });
            await set.ExecuteNonQueryAsync();
        }
        foreach (var table in new[] { "plan_sections", "indicator_values", "audit_entries", "budgets", "memberships" })
        {
            await using var theirs = new NpgsqlCommand($"SELECT count(*) FILTER (WHERE area_id <> @a), count(*) FROM {table}", connection);
            theirs.Parameters.AddWithValue("a", a.Id);
            await using var reader = await theirs.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(0L, reader.GetInt64(0));
            Assert.True(reader.GetInt64(1) > 0, table);
        }
        await using var write = new NpgsqlCommand("UPDATE budgets SET note = 'x' WHERE area_id = @b", connection);
        write.Parameters.AddWithValue("b", b.Id);
        Assert.Equal(0, await write.ExecuteNonQueryAsync());
        await using var insert = new NpgsqlCommand("INSERT INTO plan_goals (id, area_id, \"group\", title, position) VALUES (gen_random_uuid(), @b, 'g', 't', 0)", connection);
        insert.Parameters.AddWithValue("b", b.Id);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal("42501", refused.SqlState); // new row violates row-level security policy
    }

    private async Task<IReadOnlyList<int>> YearsAsync()
    {
        await using var db = Context(NationalAreas.All[0].Id);
        return await db.Budgets.Select(b => b.Year).OrderBy(y => y).ToListAsync();
    }

    private AppDbContext Context(Guid area)
    {
        var scope = _services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AreaContext>();
        context.SetUser(null, "test");
        context.EnterArea(area);
        return scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
    }
}
