namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

public sealed class ProvisioningOptions
{
    public string DatabaseName { get; init; } = "tyollisyysalue";

    /// <summary>Where a private cluster keeps its data. Kept between runs for the app; temporary for tests.</summary>
    public required string DataRoot { get; init; }

    /// <summary>Tests: stop the cluster and delete its folder when done. The app keeps its data.</summary>
    public bool Temporary { get; init; }

    /// <summary>Try a Testcontainers PostgreSQL container when a Docker engine answers.</summary>
    public bool TryContainers { get; init; } = true;

    public const string OwnerRole = "tyollisyysalue_owner";
    public const string RuntimeRole = "tyollisyysalue_app";

    /// <summary>The app's default data folder: in the user's home, or a system folder when running as root.</summary>
    public static string DefaultAppDataRoot()
    {
        if (Environment.UserName == "root" && OperatingSystem.IsLinux())
            // PostgreSQL refuses to run as root and runs as "postgres", which cannot enter /root.
            return "/var/lib/tyollisyysalue/postgres";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(home, "tyollisyysalue", "postgres");
    }

    public static string NewTemporaryDataRoot() =>
        Path.Combine(Path.GetTempPath(), "tyollisyysalue-test-" + Guid.NewGuid().ToString("N")[..12]);
}
