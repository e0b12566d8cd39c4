using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Staffing;

/// <summary>The area's staff rows, its figures and the table built from them.</summary>
public sealed record StaffingView(IReadOnlyList<StaffAllocation> Rows, StaffingPlan? Plan, StaffingTable Table)
{
    public bool UsesDemoData => Rows.Any(r => r.IsDemo) || Plan?.IsDemo == true;
    public decimal? NeedIncreasePercent => StaffingTable.NeedIncreasePercent(Plan?.TransferringPersonYears, Plan?.NeededPersonYears);
    public decimal? CustomersPerPersonYear => Table.CustomersPerPersonYear(Plan?.Customers);
}

/// <summary>Staff rows (person-years by process and location) of the current area, and its one set of staff figures.</summary>
public sealed class StaffingQuery(IAppDbContextFactory contexts)
{
    public async Task<StaffingView> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var rows = (await db.StaffAllocations.AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.Funding).ThenBy(r => r.Process is null ? int.MaxValue : (int)r.Process).ThenBy(r => r.Location, StringComparer.Ordinal).ToList();
        var plan = await db.StaffingPlans.AsNoTracking().FirstOrDefaultAsync(ct);
        var table = StaffingTable.Of(rows.Select(r => new StaffCell(r.Location, r.Process, r.Funding, r.PersonYears)));
        return new StaffingView(rows, plan, table);
    }
}
