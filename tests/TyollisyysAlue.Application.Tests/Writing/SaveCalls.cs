using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Application.Tests.Writing;

/// <summary>Where code saves to the database by hand: calls of SaveChanges(Async) on the app's context or any DbContext.</summary>
public static class SaveCalls
{
    public static IReadOnlyList<string> In(Assembly assembly) =>
        IlCalls.In(assembly).Where(c => IsSave(c.Callee)).Select(c => $"{c.Owner.FullName} ({c.Caller.Name})").Distinct().Order().ToList();

    public static bool IsSave(MethodBase method) =>
        method.Name is nameof(DbContext.SaveChanges) or nameof(DbContext.SaveChangesAsync)
        && method.DeclaringType is { } type && (typeof(IAppDbContext).IsAssignableFrom(type) || typeof(DbContext).IsAssignableFrom(type));
}
