using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Gives demo offices and partners seeded before Swedish names existed their Swedish names, once: a demo row (never one a
/// user has edited) without a Swedish name whose name is the demo's Finnish name, or the old "Finnish – Swedish" name
/// (Pohjanmaa), gets the demo's names. Rows the demo has added since (e.g. KEHA-centret) come only with a fresh database.
/// </summary>
public static class DemoSwedishNames
{
    public static async Task SeedAsync(IDbContextFactory<AppDbContext> contexts, AreaContext areaContext, CancellationToken ct)
    {
        areaContext.SetUser(null, "demo-data");
        foreach (var area in DemoAreas.Areas.Select(a => a.Id))
        {
            areaContext.EnterArea(area);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var names = DemoOffices.For(area).Where(p => p.NameSv is not null).Select(p => (p.Name, Sv: p.NameSv!)).ToList();
            foreach (var point in await db.ServicePoints.Where(p => p.IsDemo && p.NameSv == null).ToListAsync(ct))
                if (Match(names, point.Name) is { } m) (point.Name, point.NameSv) = m;
            var partnerNames = DemoPartners.For(area).Where(p => p.NameSv is not null).Select(p => (p.Name, Sv: p.NameSv!)).ToList();
            foreach (var partner in await db.Partners.Where(p => p.IsDemo && p.NameSv == null).ToListAsync(ct))
                if (Match(partnerNames, partner.Name) is { } m) (partner.Name, partner.NameSv) = m;
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        }
        areaContext.LeaveArea();
    }

    private static (string, string)? Match(IEnumerable<(string Name, string Sv)> names, string current) =>
        names.Where(n => current == n.Name || current == $"{n.Name} – {n.Sv}")
            .Select(n => ((string, string)?)(n.Name, n.Sv)).FirstOrDefault();
}
