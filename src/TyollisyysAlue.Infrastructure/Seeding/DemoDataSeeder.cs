using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Reference data (the national municipality register, indicator definitions) always; demo areas, members and accounts in Development.
/// Runs through the runtime role like the app itself, entering each area in turn, so RLS applies to seeding too.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<AppDbContext> contexts, AreaContext areaContext,
    UserManager<ApplicationUser> users, ILogger<DemoDataSeeder> logger, DemoPlanSeeder plans)
{
    public async Task SeedReferenceDataAsync(CancellationToken ct = default)
    {
        areaContext.SetUser(null, "reference-data");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (added, updated) = await ReferenceData.SeedAsync(db, ct);
        logger.LogInformation("Municipality register: {Added} added, {Updated} brought up to date ({Source})", added, updated, MunicipalityRegister.Source);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct = default)
    {
        await SeedDemoAreasAsync(ct);
        await SeedDemoApiTokenAsync(ct);
        await DemoServices.SeedAsync(contexts, areaContext, ct);
        await DemoOfficesSeeder.SeedAsync(contexts, areaContext, ct);
        await DemoSwedishNames.SeedAsync(contexts, areaContext, ct);
        await plans.SeedAsync(ct);
        await DemoFinancing.SeedAsync(contexts, areaContext, ct);
    }

    private async Task SeedDemoAreasAsync(CancellationToken ct)
    {
        await SeedReferenceDataAsync(ct);
        areaContext.SetUser(null, "demo-data");
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.Areas.AnyAsync(ct)) return;
            db.Areas.AddRange(DemoAreas.Areas);
            await db.SaveChangesAsync(ct);
        }
        foreach (var group in DemoAreas.Memberships().GroupBy(m => m.AreaId))
        {
            areaContext.EnterArea(group.Key);
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.Memberships.AddRange(group);
            db.IndicatorValues.AddRange(DemoIndicators.For(group.Key, group.Select(m => m.MunicipalityCode.Value)));
            db.AllocationKeys.AddRange(DemoBudgets.Keys().Where(k => k.AreaId == group.Key));
            db.CommitteeMembers.AddRange(DemoAreas.CommitteeMembers().Where(c => c.AreaId == group.Key));
            foreach (var (budget, lines) in DemoBudgets.Budgets().Where(b => b.Budget.AreaId == group.Key))
            {
                db.Budgets.Add(budget);
                db.BudgetLines.AddRange(lines);
            }
            await db.SaveChangesAsync(ct);
        }
        foreach (var demo in DemoUsers.All)
        {
            var user = await EnsureUserAsync(demo);
            foreach (var (area, role) in demo.Roles)
            {
                areaContext.EnterArea(area);
                await using var db = await contexts.CreateDbContextAsync(ct);
                db.RoleAssignments.Add(new AreaRoleAssignment(Guid.NewGuid(), area, user.Id, role));
                await db.SaveChangesAsync(ct);
            }
        }
        areaContext.LeaveArea();
        logger.LogInformation("Demo data: {Areas} areas and {Users} accounts (password in README)", DemoAreas.Areas.Count, DemoUsers.All.Count);
    }

    /// <summary>Also into an existing demo database, so that the README's token works after an upgrade.</summary>
    private async Task SeedDemoApiTokenAsync(CancellationToken ct)
    {
        areaContext.SetUser(null, "demo-data");
        areaContext.EnterArea(DemoAreas.Porvoo);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Areas.AnyAsync(a => a.Id == DemoAreas.Porvoo, ct))
        {
            foreach (var (name, token, scopes) in new[]
            {
                (DemoApiTokens.PorvooName, DemoApiTokens.PorvooToken, ApiScope.Read),
                (DemoApiTokens.PorvooImportName, DemoApiTokens.PorvooImportToken, ApiScope.Import),
            })
            {
                var hash = ApiTokenSecret.Hash(token);
                if (await db.ApiTokens.AnyAsync(t => t.SecretHash == hash, ct)) continue;
                db.ApiTokens.Add(new ApiToken(Guid.NewGuid(), DemoAreas.Porvoo, name, hash, null, "demo-data",
                    new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.Zero), scopes));
            }
            await db.SaveChangesAsync(ct);
        }
        areaContext.LeaveArea();
    }

    private async Task<ApplicationUser> EnsureUserAsync(DemoUsers.DemoUser demo)
    {
        if (await users.FindByEmailAsync(demo.Email) is { } existing) return existing;
        var user = new ApplicationUser
        {
            UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName,
            IsSystemAdministrator = demo.IsSystemAdministrator,
        };
        var result = await users.CreateAsync(user, DemoUsers.Password);
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
