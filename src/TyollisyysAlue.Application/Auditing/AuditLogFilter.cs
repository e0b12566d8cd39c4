namespace TyollisyysAlue.Application.Auditing;

/// <summary>
/// What the audit log page and its CSV export show: Finnish calendar days <see cref="From"/>–<see cref="To"/>
/// (both inclusive), one user name and one entity type; null means "any".
/// </summary>
public sealed record AuditLogFilter(DateOnly? From = null, DateOnly? To = null, string? User = null, string? EntityType = null);

/// <summary>One page of the filtered log, newest first, and how many rows the filter matches in all.</summary>
public sealed record AuditLogPage(IReadOnlyList<Domain.Auditing.AuditEntry> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The values the filters offer: users and entity types that occur in the area's log.</summary>
public sealed record AuditLogChoices(IReadOnlyList<string> Users, IReadOnlyList<string> EntityTypes);
