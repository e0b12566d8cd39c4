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

    /// <summary>
    /// The name of each row the entries are about (by entity key), for entries whose own snapshot does not carry one
    /// (a change of an amount names no label): the newest name the log has for that row.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyList<AuditEntry> rows, CancellationToken ct = default)
    {
        area.DemandAdminRights();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
            if (!names.ContainsKey(row.EntityKey) && AuditChanges.NameOf(row) is { } own) names[row.EntityKey] = own;
        var missing = rows.Select(r => r.EntityKey).Where(k => !names.ContainsKey(k)).Distinct().ToList();
        if (missing.Count == 0) return names;
        await using var db = await contexts.CreateAsync(ct);
        var history = await Newest(db.AuditEntries.AsNoTracking().Where(a => missing.Contains(a.EntityKey))).Take(2000).ToListAsync(ct);
        foreach (var entry in history)
            if (!names.ContainsKey(entry.EntityKey) && AuditChanges.NameOf(entry) is { } name) names[entry.EntityKey] = name;
        return names;
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
