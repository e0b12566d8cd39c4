using Npgsql;

namespace TyollisyysAlue.Infrastructure.Database;

/// <summary>
/// The two ways the app talks to PostgreSQL. <see cref="Owner"/> owns the tables and runs migrations;
/// <see cref="App"/> is the runtime role: not the owner, no BYPASSRLS, so row-level security binds it.
/// <see cref="Admin"/> (a superuser) is known only when this process provisioned the server itself.
/// </summary>
public sealed record DatabaseConnections(string Owner, string App, string? Admin = null)
{
    public string RuntimeRole => new NpgsqlConnectionStringBuilder(App).Username
        ?? throw new InvalidOperationException("The App connection string names no user.");

    public string OwnerRole => new NpgsqlConnectionStringBuilder(Owner).Username
        ?? throw new InvalidOperationException("The Owner connection string names no user.");

    public string DatabaseName => new NpgsqlConnectionStringBuilder(App).Database
        ?? throw new InvalidOperationException("The App connection string names no database.");
}
