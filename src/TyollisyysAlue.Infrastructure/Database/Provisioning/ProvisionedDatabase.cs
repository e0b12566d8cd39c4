namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

/// <summary>A PostgreSQL the app or a test run can use, and how to let go of it.</summary>
public sealed class ProvisionedDatabase(DatabaseConnections connections, string description, Func<ValueTask>? release = null)
    : IAsyncDisposable
{
    public DatabaseConnections Connections { get; } = connections;

    /// <summary>Human-readable: "configured connection", "Testcontainers postgres:15", "private cluster at …".</summary>
    public string Description { get; } = description;

    public ValueTask DisposeAsync() => release?.Invoke() ?? ValueTask.CompletedTask;
}
