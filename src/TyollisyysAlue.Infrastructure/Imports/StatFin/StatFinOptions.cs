namespace TyollisyysAlue.Infrastructure.Imports.StatFin;

/// <summary>
/// Statistics Finland's PxWeb v1 ("StatFin" in configuration). The service allows 40 calls in 60 seconds and 120 000
/// cells a query from one client; the defaults keep to that. Tests point <see cref="BaseUrl"/> at a local server.
/// </summary>
public sealed class StatFinOptions
{
    public const string Section = "StatFin";

    /// <summary>The API root, e.g. https://pxdata.stat.fi/PxWeb/api/v1/ (the language and database are appended).</summary>
    public Uri BaseUrl { get; set; } = new("https://pxdata.stat.fi/PxWeb/api/v1/");
    public string Language { get; set; } = "fi";
    public string Database { get; set; } = "StatFin";
    public int MaxCalls { get; set; } = 40;
    public int MaxCells { get; set; } = 120_000;
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
