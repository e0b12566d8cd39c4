using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Infrastructure.Persistence.Tenancy;

/// <summary>
/// Tenancy by default: every entity is area-owned unless it is explicitly global. Area-owned entities get
/// the "AreaIsolation" query filter; anything neither area-owned nor global stops the model from building.
/// </summary>
public static class TenancyModel
{
    public const string FilterName = Application.Common.CrossAreaQueries.AreaFilter;

    /// <summary>Framework tables that are global by nature: ASP.NET Core Identity's account tables, Data Protection keys.</summary>
    private static bool IsFrameworkGlobal(Type type) =>
        type.Namespace == typeof(IdentityUserClaim<>).Namespace || type == typeof(DataProtectionKey);

    public static bool IsAreaOwned(IReadOnlyEntityType entityType) =>
        typeof(IAreaOwned).IsAssignableFrom(entityType.ClrType);

    public static bool IsGlobal(IReadOnlyEntityType entityType) =>
        entityType.ClrType.GetCustomAttribute<GlobalDataAttribute>() is not null
        || IsFrameworkGlobal(entityType.ClrType)
        || entityType.ClrType == typeof(Identity.ApplicationUser);

    public static void ApplyAreaIsolation(this ModelBuilder builder, AppDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            if (IsAreaOwned(entityType))
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(FilterName, AreaFilter(entityType.ClrType, context));
                builder.Entity(entityType.ClrType).HasIndex(nameof(IAreaOwned.AreaId));
            }
            else if (!IsGlobal(entityType))
            {
                throw new InvalidOperationException(
                    $"Entity {entityType.ClrType.Name} is neither area-owned (IAreaOwned) nor marked [GlobalData]. " +
                    "Decide which it is: area data must never leak between employment areas.");
            }
        }
    }

    // e => e.AreaId == context.AreaFilterValue("Entity"): EF evaluates the call on the running context for every
    // query, so a query before an area is entered throws, naming the entity, instead of comparing with an empty id.
    private static LambdaExpression AreaFilter(Type clrType, AppDbContext context)
    {
        var entity = Expression.Parameter(clrType, "e");
        var areaId = Expression.Property(entity, nameof(IAreaOwned.AreaId));
        var current = Expression.Call(Expression.Constant(context), nameof(AppDbContext.AreaFilterValue), null,
            Expression.Constant(clrType.Name));
        return Expression.Lambda(Expression.Equal(areaId, current), entity);
    }
}
