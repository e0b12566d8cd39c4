using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Infrastructure.Persistence;

namespace TyollisyysAlue.Infrastructure.Database;

/// <summary>The database was made by migrations this version of the app does not have, so it cannot be upgraded.</summary>
public sealed class UnknownMigrationHistoryException(string message) : InvalidOperationException(message);

/// <summary>
/// Before migrating: a database whose migration history holds migrations this version does not know — above all one
/// made from the history before the baseline — cannot be brought up to date. A Development database holds demo data
/// only, so it is emptied (its schema dropped and created again) and rebuilt from the baseline, with a log line saying
/// so; anywhere else the app refuses to start and says what to do.
/// </summary>
public static class MigrationHistoryCheck
{
    public static async Task EnsureUpgradableAsync(AppDbContext owner, bool recreateIfUnknown, ILogger logger, CancellationToken ct)
    {
        var known = owner.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await owner.Database.GetAppliedMigrationsAsync(ct)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count == 0) return;

        var database = owner.Database.GetDbConnection().Database;
        var origin = unknown.All(LegacyMigrationHistory.Ids.Contains)
            ? "the migration history before the schema baseline of 5.12.2026"
            : "migrations this version of the app does not have (a newer or another branch's version?)";
        if (!recreateIfUnknown)
        {
            throw new UnknownMigrationHistoryException(
                $"The database \"{database}\" was created from {origin} ({unknown.Count} unknown, e.g. {unknown[0]}); " +
                "this version cannot upgrade it. Back up what you need (pg_dump), then drop and create the database " +
                "empty, or point ConnectionStrings:Owner and ConnectionStrings:App at an empty one, and start the app " +
                "again: it builds the schema from the baseline. (In Development the app recreates its demo database itself.)");
        }
        logger.LogWarning(
            "Development database {Database} was created from {Origin} ({Count} unknown migration(s), e.g. {First}): " +
            "dropping its schema and recreating it from the baseline; the demo data are seeded again",
            database, origin, unknown.Count, unknown[0]);
        await owner.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", ct);
    }
}
