using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Procurement;

namespace TyollisyysAlue.Application.Services;

/// <summary>Reads the national map (global) and the current area's services and procurement plan of a year.</summary>
public sealed class ServiceCatalogue(IAppDbContextFactory contexts)
{
    /// <summary>The years the area has services or procurement lines for (the page adds the current and next year).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.ServiceOfferings().Select(o => o.Year).Union(db.ProcurementLines().Select(l => l.Year)).ToListAsync(ct);
    }

    public async Task<ServiceYear> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var map = await db.NationalServices().AsNoTracking().OrderBy(s => s.Group).ThenBy(s => s.Position).ToListAsync(ct);
        var locals = await db.LocalServices().AsNoTracking().OrderBy(s => s.Group).ThenBy(s => s.NameFi).ToListAsync(ct);
        var offerings = await db.ServiceOfferings().AsNoTracking().Where(o => o.Year == year).ToListAsync(ct);
        var lines = await db.ProcurementLines().AsNoTracking().Where(l => l.Year == year).ToListAsync(ct);

        var national = map.ToDictionary(s => s.Code);
        var local = locals.ToDictionary(s => s.Id);
        var rows = offerings
            .Select(o => new OfferingRow(o,
                o.NationalServiceCode is { } code ? national.GetValueOrDefault(code) : null,
                o.LocalServiceId is { } id ? local.GetValueOrDefault(id) : null))
            .OrderBy(r => r.Group).ThenBy(r => r.National?.Position ?? int.MaxValue).ThenBy(r => r.NameIn("fi"), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))
            .ToList();
        var byId = rows.ToDictionary(r => r.Offering.Id);
        var procurements = lines
            .Select(l => new ProcurementRow(l, byId.GetValueOrDefault(l.OfferingId), ProcurementRules.Flags(l)))
            .OrderBy(p => p.Line.TenderDate ?? DateOnly.MaxValue).ThenByDescending(p => p.Line.EstimatedValue)
            .ToList();
        return new ServiceYear(year, map, locals, rows, procurements);
    }
}
