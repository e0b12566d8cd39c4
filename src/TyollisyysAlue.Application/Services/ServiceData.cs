using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Procurement;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>
/// The service catalogue's tables, reached through the same context (area filter and RLS apply). Kept as extensions
/// here rather than new members of <see cref="IAppDbContext"/> so that the feature's model stays in its own files.
/// </summary>
public static class ServiceData
{
    public static DbSet<NationalService> NationalServices(this IAppDbContext db) => Context(db).Set<NationalService>();
    public static DbSet<LocalService> LocalServices(this IAppDbContext db) => Context(db).Set<LocalService>();
    public static DbSet<ServiceOffering> ServiceOfferings(this IAppDbContext db) => Context(db).Set<ServiceOffering>();
    public static DbSet<ProcurementLine> ProcurementLines(this IAppDbContext db) => Context(db).Set<ProcurementLine>();

    private static DbContext Context(IAppDbContext db) => (DbContext)db;

    /// <summary>Empty or blank text is stored as no text.</summary>
    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
