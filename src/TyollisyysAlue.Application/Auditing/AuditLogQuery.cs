using TyollisyysAlue.Domain.Common;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Auditing;

namespace TyollisyysAlue.Application.Auditing;

/// <summary>The current area's audit log for its administrators: filtered on the server, paged, newest first.</summary>
public sealed class AuditLogQuery(IAppDbContextFactory contexts, AreaContext area)
{
    public const int PageSize = 100;
    /// <summary>A CSV export holds at most this many rows (the newest); narrow the filter for older ones.</summary>
    public const int MaxExportRows = 100_000;

    public async Task<AuditLogPage> PageAsync(AuditLogFilter filter, int page, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        var rows = Filtered(db.AuditEntries.AsNoTracking(), filter);
        var total = await rows.CountAsync(ct);
        page = Math.Max(0, page);
        var list = await Newest(rows).Skip(page * PageSize).Take(PageSize).ToListAsync(ct);
        return new AuditLogPage(list, total, page, PageSize);
    }

    public async Task<IReadOnlyList<AuditEntry>> ExportAsync(AuditLogFilter filter, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        return await Newest(Filtered(db.AuditEntries.AsNoTracking(), filter)).Take(MaxExportRows).ToListAsync(ct);
    }

    public async Task<AuditLogChoices> ChoicesAsync(CancellationToken ct = default)
    {
        area.DemandAdminRights();
        await using var db = await contexts.CreateAsync(ct);
        var users = await db.AuditEntries.Where(a => a.UserName != null).Select(a => a.UserName!).Distinct().OrderBy(u => u).ToListAsync(ct);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return new AuditLogChoices(users, types);
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> rows, AuditLogFilter filter)
    {
        if (filter.From is { } from)
        {
            var start = HelsinkiTime.StartOfDay(from);
            rows = rows.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = HelsinkiTime.StartOfDay(to.AddDays(1));
            rows = rows.Where(a => a.At < end);
        }
        if (!string.IsNullOrEmpty(filter.User)) rows = rows.Where(a => a.UserName == filter.User);
        if (!string.IsNullOrEmpty(filter.EntityType)) rows = rows.Where(a => a.EntityType == filter.EntityType);
        return rows;
    }

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> rows) => rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
}
