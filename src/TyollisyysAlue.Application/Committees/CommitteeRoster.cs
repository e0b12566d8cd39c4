using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Committees;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Committees;

/// <summary>One member municipality's seats under the area's rule, and who sits on them on the day.</summary>
public sealed record CommitteeRow(MunicipalityCode Code, int Seats, decimal? Population, IReadOnlyList<CommitteeMember> Sitting);

public sealed record CommitteeView(CommitteeSeatRule Rule, IReadOnlyList<CommitteeRow> Rows);

/// <summary>The joint committee: seats per member municipality under the area's rule, and its members by term.</summary>
public sealed class CommitteeRoster(IAppDbContextFactory contexts, AreaContext area)
{
    public async Task<CommitteeView?> OnAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var areaRow = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == area.AreaId, ct);
        if (areaRow is null) return null;
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var codes = memberships.Where(m => m.IsActiveOn(day)).Select(m => m.MunicipalityCode).Distinct().Order().ToList();
        var population = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorCode == Indicator.Population && codes.Contains(v.MunicipalityCode) && v.OnDate <= day)
            .ToListAsync(ct);
        var committee = await db.CommitteeMembers.AsNoTracking().ToListAsync(ct);
        var rows = codes.Select(code =>
        {
            var latest = population.Where(v => v.MunicipalityCode == code).OrderByDescending(v => v.OnDate).FirstOrDefault()?.Value;
            return new CommitteeRow(code, CommitteeSeats.For(areaRow.SeatRule, latest), latest,
                committee.Where(c => c.MunicipalityCode == code && c.IsSittingOn(day)).OrderBy(c => c.Name).ToList());
        }).ToList();
        return new CommitteeView(areaRow.SeatRule, rows);
    }
}
