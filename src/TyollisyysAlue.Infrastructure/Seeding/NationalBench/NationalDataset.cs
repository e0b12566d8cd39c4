using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding.NationalBench;

/// <summary>
/// Fills a database with the synthetic national bench dataset (issue 17): every municipality of the register in one of
/// 45 areas, years of budgets, keys, indicators and reconciliations, plans, services, offices, staff, partners,
/// 1 000 users and about a million audit rows. System seeding, like <see cref="DemoDataSeeder"/>, is an allowed exception
/// to the write pipeline: it writes through the runtime role with each area entered, so row-level security checks every
/// row, the audit interceptor logs what goes through EF, and the bulk tables (indicator values, plan sections and
/// comments, the audit history) go by binary COPY (<see cref="ModelCopy"/>) under the same policies.
/// Deterministic (seeded), and idempotent: an area already complete is left alone; a second run reports the data exists.
/// </summary>
public sealed class NationalDataset(IDbContextFactory<AppDbContext> contexts, AreaContext areaContext, DatabaseConnections connections,
    LiveBlockRenderer renderer, TimeProvider clock, ILogger<NationalDataset> logger)
{
    /// <summary>The budget years: from eight years back to next year's budget, ten in all at full size.</summary>
    public static IReadOnlyList<int> YearsFor(NationalScale scale, DateOnly today) =>
        Enumerable.Range(today.Year + 2 - scale.Years, scale.Years).ToList();

    public async Task<NationalSummary> FillAsync(NationalScale scale, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var today = HelsinkiTime.Today(clock);
        var years = YearsFor(scale, today);
        var users = NationalUsers.All(scale);
        var made = 0;
        await EnsureUsersAsync(users, ct);
        foreach (var area in NationalAreas.All)
        {
            if (await IsCompleteAsync(area, ct)) continue;
            await FillAreaAsync(area, scale, years, today, users, ct);
            made++;
            logger.LogInformation("Area {Slug}: {Members} members done ({Elapsed:N0} s)", area.Slug, area.Members.Count, watch.Elapsed.TotalSeconds);
        }
        if (made > 0) await AnalyzeAsync(ct);
        areaContext.LeaveArea();
        return new NationalSummary(made == 0, await CountAsync(ct), watch.Elapsed, await DatabaseSizeAsync(ct));
    }

    private async Task EnsureUsersAsync(IReadOnlyList<NationalUsers.BenchUser> users, CancellationToken ct)
    {
        areaContext.SetUser(null, "bench");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var known = (await db.Users.Where(u => u.Email!.EndsWith("@" + NationalUsers.Domain)).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var hash = NationalUsers.HashPassword();
        db.Users.AddRange(users.Where(u => !known.Contains(u.Id)).Select(u => NationalUsers.Account(u, hash)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The audit history is an area's last step: an area that has it is complete; one without it was cut short.</summary>
    private async Task<bool> IsCompleteAsync(NationalArea area, CancellationToken ct)
    {
        areaContext.EnterArea(area.Id);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Areas.AnyAsync(a => a.Id == area.Id, ct)) return false;
        if (await db.AuditEntries.AnyAsync(a => a.UserName != null && a.UserName.EndsWith("@" + NationalUsers.Domain), ct)) return true;
        throw new InvalidOperationException(
            $"An earlier run stopped half-way in area {area.Slug}: fill an empty database (a new Database:DataRoot, or drop and recreate the database).");
    }

    private async Task FillAreaAsync(NationalArea area, NationalScale scale, IReadOnlyList<int> years, DateOnly today,
        IReadOnlyList<NationalUsers.BenchUser> users, CancellationToken ct)
    {
        var start = new DateOnly(years[0], 1, 1);
        var recordedAt = clock.GetUtcNow();
        var data = new NationalAreaData(area, years, today.Year, recordedAt);
        var ofArea = users.Where(u => u.Roles.Any(r => r.Area == area.Id)).ToList();
        var editors = ofArea.Where(u => u.Roles.Any(r => r.Area == area.Id && r.Role is AreaRole.Planner or AreaRole.Administrator))
            .Select(u => (u.Id, u.Email)).ToList();
        areaContext.EnterArea(area.Id);

        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Areas.Add(area.ToEntity(start));
            await db.SaveChangesAsync(ct);
        }
        var budgets = data.Budgets().ToList();
        var services = data.Services();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Memberships.AddRange(data.Memberships(start));
            db.CommitteeMembers.AddRange(data.Committee(start));
            db.AllocationKeys.AddRange(data.Keys());
            foreach (var (budget, lines) in budgets)
            {
                db.Budgets.Add(budget);
                db.BudgetLines.AddRange(lines);
            }
            db.BudgetRevisions.AddRange(data.Revisions(budgets));
            db.Reconciliations.AddRange(data.Reconciliations(budgets));
            db.ServicePoints.AddRange(data.Offices());
            db.StaffAllocations.AddRange(data.Staff());
            db.StaffingPlans.Add(data.StaffingPlan());
            db.Partners.AddRange(data.Partners());
            db.RoleAssignments.AddRange(ofArea.SelectMany(u => u.Roles.Where(r => r.Area == area.Id)
                .Select(r => new AreaRoleAssignment(DeterministicId(u.Id, area.Id), area.Id, u.Id, r.Role))));
            await db.SaveChangesAsync(ct);
            // As the demo services are saved: local services, then offerings, then procurement lines.
            db.Set<Domain.Services.LocalService>().AddRange(services.Locals);
            await db.SaveChangesAsync(ct);
            db.Set<Domain.Services.ServiceOffering>().AddRange(services.Offerings);
            await db.SaveChangesAsync(ct);
            db.Set<Domain.Procurement.ProcurementLine>().AddRange(services.Lines);
            await db.SaveChangesAsync(ct);
        }

        var authors = ofArea.Select(u => u.Email).DefaultIfEmpty("bench").ToList();
        var plans = new NationalPlans(area, scale, years, authors);
        var (goals, metrics, actions) = plans.Goals();
        var versions = plans.Versions();
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.PlanGoals.AddRange(goals);
            db.PlanMetrics.AddRange(metrics);
            db.PlanActions.AddRange(actions);
            db.PlanVersions.AddRange(versions);
            await db.SaveChangesAsync(ct);
        }

        await using var connection = new NpgsqlConnection(connections.App);
        await connection.OpenAsync(ct);
        await using var model = await contexts.CreateDbContextAsync(ct);
        var indicators = NationalIndicators.For(area, years[0], today).ToList();
        await ModelCopy.InsertAsync(connection, model.Model, area.Id, indicators, ct);

        var sections = new List<PlanSection>();
        var comments = new List<PlanComment>();
        var frozen = new Dictionary<(string Blocks, int Year), string>();
        foreach (var version in versions)
        {
            var ofVersion = plans.Sections(version);
            if (!version.IsEditable) await FreezeAsync(version, ofVersion, frozen, ct);
            sections.AddRange(ofVersion);
            comments.AddRange(plans.Comments(version, ofVersion));
        }
        await ModelCopy.InsertAsync(connection, model.Model, area.Id, sections, ct);
        await ModelCopy.InsertAsync(connection, model.Model, area.Id, comments, ct);

        var from = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var history = new NationalAuditHistory(model, area, editors.Count > 0 ? editors : [(Guid.Empty, "bench@" + NationalUsers.Domain)], from, recordedAt)
            .Build(AuditRowsOf(area, scale), budgets.SelectMany(b => b.Lines).ToList(), indicators, services.Offerings, sections, comments);
        await ModelCopy.InsertAsync(connection, model.Model, area.Id, history, ct);
    }

    /// <summary>
    /// As approval does (ApproveVersion): each live table frozen as rendered on the version's date. Rendered once per
    /// block and year and shared by the year's versions (the bench's members do not change within a year).
    /// </summary>
    private async Task FreezeAsync(PlanVersion version, IReadOnlyList<PlanSection> sections, Dictionary<(string, int), string> frozen, CancellationToken ct)
    {
        foreach (var section in sections.Where(s => s.LiveBlocks.Length > 0))
        {
            var key = (section.LiveBlocks, version.VersionDate.Year);
            if (!frozen.TryGetValue(key, out var json))
            {
                json = JsonSerializer.Serialize(await renderer.RenderAsync(LiveBlockRefs.Parse(section.LiveBlocks), version.VersionDate, version.Language, ct),
                    PlanWorkflow.Json);
                frozen[key] = json;
            }
            section.FrozenTablesJson = json;
        }
    }

    /// <summary>The area's share of the million: by its number of members, so that the largest area has the longest log.</summary>
    private static int AuditRowsOf(NationalArea area, NationalScale scale)
    {
        var weights = NationalAreas.All.Sum(a => a.Members.Count + 3);
        return (int)((long)scale.AuditRows * (area.Members.Count + 3) / weights);
    }

    private static Guid DeterministicId(Guid user, Guid area)
    {
        var bytes = user.ToByteArray();
        var other = area.ToByteArray();
        for (var i = 0; i < 16; i++) bytes[i] ^= other[i];
        return new Guid(bytes);
    }

    private static readonly string[] CountedTables =
    [
        "employment_areas", "memberships", "committee_members", "allocation_keys", "key_criteria", "budgets", "budget_lines", "budget_revisions",
        "year_end_reconciliations", "indicator_values", "plan_versions", "plan_sections", "plan_comments", "plan_goals", "plan_metrics",
        "plan_actions", "service_offerings", "local_services", "procurement_lines", "service_points", "staff_allocations", "staffing_plans",
        "partners", "area_role_assignments", "audit_entries",
    ];

    /// <summary>Rows per table over the bench areas, each area counted under its own RLS policy.</summary>
    private async Task<IReadOnlyDictionary<string, long>> CountAsync(CancellationToken ct)
    {
        var totals = CountedTables.ToDictionary(t => t, _ => 0L);
        await using var connection = new NpgsqlConnection(connections.App);
        await connection.OpenAsync(ct);
        var sql = "SELECT " + string.Join(", ", CountedTables.Select(t => t == "employment_areas"
            ? "(SELECT count(*) FROM employment_areas WHERE id = app_current_area())" : $"(SELECT count(*) FROM {t})"));
        foreach (var area in NationalAreas.All)
        {
            await using (var set = new NpgsqlCommand(Persistence.Tenancy.AreaSession.SetSql, connection))
            {
                set.Parameters.Add(new NpgsqlParameter { Value = area.Id.ToString() });
                set.Parameters.Add(new NpgsqlParameter { Value = string.Empty });
                await set.ExecuteNonQueryAsync(ct);
            }
            await using var count = new NpgsqlCommand(sql, connection);
            await using var reader = await count.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            for (var i = 0; i < CountedTables.Length; i++) totals[CountedTables[i]] += reader.GetInt64(i);
        }
        await using var users = new NpgsqlCommand($"SELECT count(*) FROM users WHERE email LIKE '%@{NationalUsers.Domain}'", connection);
        totals["users"] = (long)(await users.ExecuteScalarAsync(ct))!;
        return totals;
    }

    private async Task AnalyzeAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connections.Owner);
        await connection.OpenAsync(ct);
        await using var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync(ct);
    }

    private async Task<long> DatabaseSizeAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connections.App);
        await connection.OpenAsync(ct);
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await size.ExecuteScalarAsync(ct))!;
    }
}
