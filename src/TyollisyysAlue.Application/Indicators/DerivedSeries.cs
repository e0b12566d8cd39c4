using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>A derived indicator's values of one member, each with the component values it is the sum of.</summary>
public sealed record DerivedMember(MunicipalityCode Code, IReadOnlyList<DerivedValue> Values, bool UsesDemoData);

/// <summary>
/// Computes a derived indicator (broad unemployment) per member and month from the area's stored component series,
/// the one place the formula is applied: the split, its trace and the series view all show the same figures.
/// </summary>
public static class DerivedSeries
{
    public static async Task<IReadOnlyDictionary<MunicipalityCode, DerivedMember>> LoadAsync(IAppDbContext db, Indicator derived,
        IReadOnlyCollection<MunicipalityCode> members, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var formula = derived?.ParsedFormula ?? throw new ArgumentException("Not a derived indicator.", nameof(derived));
        var terms = formula.Terms.ToList();
        var stored = await db.IndicatorValues.AsNoTracking()
            .Where(v => terms.Contains(v.IndicatorCode) && members.Contains(v.MunicipalityCode) && v.OnDate >= from && v.OnDate <= to)
            .Select(v => new { v.IndicatorCode, v.MunicipalityCode, v.OnDate, v.Value, v.IsDemo }).ToListAsync(ct);
        return members.ToDictionary(m => m, m =>
        {
            var own = stored.Where(v => v.MunicipalityCode == m).ToList();
            var components = terms.ToDictionary(t => t, t => (IReadOnlyDictionary<DateOnly, decimal>)own.Where(v => v.IndicatorCode == t).ToDictionary(v => v.OnDate, v => v.Value));
            return new DerivedMember(m, formula.Evaluate(components), own.Any(v => v.IsDemo));
        });
    }
}
