using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Application.Common;

/// <summary>
/// A query of area-owned data before or outside the current area throws <see cref="AreaNotEnteredException"/>; the
/// few deliberate reads across areas say so here, each with its reason (which also goes into the SQL as a comment).
/// Row-level security still decides what such a read may see (e.g. only the user's own role assignments).
/// </summary>
public static class CrossAreaQueries
{
    /// <summary>The name of the EF query filter that keeps each area's rows to itself.</summary>
    public const string AreaFilter = "AreaIsolation";

    public static IQueryable<T> AcrossAreas<T>(this IQueryable<T> query, string reason) where T : class =>
        query.IgnoreQueryFilters([AreaFilter]).TagWith("across areas: " + reason);
}

/// <summary>Area-owned data was queried while no area was entered: a bug to fix, never an empty result.</summary>
public sealed class AreaNotEnteredException(string entity) : InvalidOperationException(
    $"{entity} is area-owned and was queried before an area was entered. Enter the area first (AreaPageBase and the " +
    "/areas/{AreaKey} endpoint group do; background work calls AreaContext.EnterArea), or mark a deliberate read across " +
    "areas with .AcrossAreas(reason).");
