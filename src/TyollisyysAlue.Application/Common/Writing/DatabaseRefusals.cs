using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Application.Common.Writing;

/// <summary>Which PostgreSQL constraint refused a save: the write path's one reading of the error's SQLSTATE.</summary>
public static class DatabaseRefusals
{
    /// <summary>PostgreSQL's unique_violation: a unique index caught a simultaneous save of the same row.</summary>
    public const string UniqueViolation = "23505";

    public static bool IsUniqueViolation(DbUpdateException error) => error.InnerException is DbException { SqlState: UniqueViolation };
}
