using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// National reference data on every start: the municipality register and the indicator definitions. Idempotent:
/// missing rows are added, names, language status and definitions follow the shipped data, and the shipped
/// mergers are recorded. A register the administrator imported from a newer source is left as it is
/// (<see cref="Domain.Municipalities.Municipality.Refresh"/>), and no merger is undone.
/// </summary>
public static class ReferenceData
{
    public static async Task<(int Added, int Updated)> SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, ct);
        int added = 0, updated = 0;
        foreach (var row in MunicipalityRegister.Rows)
        {
            if (!municipalities.TryGetValue(row.Code, out var municipality))
            {
                municipality = MunicipalityRegister.ToMunicipality(row);
                db.Municipalities.Add(municipality);
                municipalities[row.Code] = municipality;
                added++;
            }
            else if (municipality.Refresh(row.NameFi, row.NameSv, row.Status, MunicipalityRegister.Source, MunicipalityRegister.ValidFrom))
            {
                updated++;
            }
        }
        // Successors first (a merged row points at its successor), then the mergers themselves.
        await db.SaveChangesAsync(ct);
        foreach (var row in MunicipalityRegister.Rows.Where(r => r.MergedInto is not null))
        {
            var municipality = municipalities[row.Code];
            if (municipality.MergedInto is null) municipality.MergeInto(row.MergedInto!.Value, row.MergedOn!.Value);
        }

        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, ct);
        foreach (var definition in IndicatorRegister.All)
        {
            if (indicators.TryGetValue(definition.Code, out var known)) known.Refresh(definition);
            else db.Indicators.Add(definition);
        }
        db.Set<Domain.Services.NationalService>().AddRange(await NationalServiceMap.MissingAsync(db, ct));
        await db.SaveChangesAsync(ct);
        return (added, updated);
    }
}
