using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TyollisyysAlue.Domain.Auditing;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Infrastructure.Persistence.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted domain entity, in the same
/// SaveChanges (so in the same transaction): a change without its audit row cannot be committed.
/// Accounts and framework tables are not audited here (password hashes must never reach the log), nor entities
/// marked <see cref="NotAuditedAttribute"/> (autosaved scratch copies).
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is not AppDbContext db) return;
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry && e.Metadata.ClrType.Namespace?.StartsWith("TyollisyysAlue.Domain", StringComparison.Ordinal) == true)
            .Where(e => !IsNotAudited(e.Metadata.ClrType))
            .ToList();
        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified)) continue;
            db.AuditEntries.Add(Describe(entry, db.AreaContext, now));
        }
    }

    /// <summary>
    /// The audit row of one tracked change, in the one format the app writes. Also used by the national bench dataset
    /// (Seeding/NationalBench) to write a synthetic history that the audit-log page reads like the app's own.
    /// </summary>
    internal static AuditEntry Describe(EntityEntry entry, Application.Common.AreaContext who, DateTimeOffset at) => new(
        // National data changed from inside an area (an area's own settings) is logged in that area's log.
        areaId: (entry.Entity as IAreaOwned)?.AreaId ?? who.AreaId ?? Guid.Empty,
        userId: who.UserId,
        userName: who.UserName,
        at: at,
        entityType: entry.Metadata.ClrType.Name,
        entityKey: KeyOf(entry),
        action: entry.State switch
        {
            EntityState.Added => AuditAction.Added,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Modified,
        },
        before: entry.State == EntityState.Added ? null : Snapshot(entry, original: true),
        after: entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> NotAudited = new();

    private static bool IsNotAudited(Type type) =>
        NotAudited.GetOrAdd(type, t => Attribute.IsDefined(t, typeof(NotAuditedAttribute), inherit: false));

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified || p.Metadata.IsPrimaryKey())
            .Where(p => !TyollisyysAlue.Application.Auditing.AuditChanges.IsSecret(p.Metadata.Name)) // a secret never reaches the log, not even hashed
            .ToDictionary(p => p.Metadata.Name, p => Plain(original ? p.OriginalValue : p.CurrentValue));
        return JsonSerializer.Serialize(values, Json);
    }

    // Value objects (e.g. MunicipalityCode) are recorded as their text form.
    private static object? Plain(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or Guid or DateOnly or DateTimeOffset or DateTime => value,
        Enum e => e.ToString(),
        _ => value.ToString(),
    };
}
