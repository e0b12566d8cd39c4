using Microsoft.EntityFrameworkCore;

namespace TyollisyysAlue.Infrastructure.Persistence;

public static class DbContextOptionsExtensions
{
    /// <summary>The one place that says how the app's context talks to PostgreSQL.</summary>
    public static DbContextOptionsBuilder UseAppDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder<T> UseAppDatabase<T>(this DbContextOptionsBuilder<T> options, string connectionString)
        where T : DbContext
    {
        UseAppDatabase((DbContextOptionsBuilder)options, connectionString);
        return options;
    }
}
