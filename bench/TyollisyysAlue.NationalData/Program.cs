using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TyollisyysAlue.Infrastructure.Database;
using TyollisyysAlue.Infrastructure.Database.Provisioning;
using TyollisyysAlue.Infrastructure.Seeding.NationalBench;

// The national bench dataset (issue 17) into the app's kind of database: its own private cluster under
// Database:DataRoot (default: beside the app's, "postgres-national"), or the given ConnectionStrings:Owner and :App.
// --accounts-csv FILE also writes the editors' accounts for the circuit load generator's --accounts (this year).
// Exit code 0 when filled or already there, 2 for bad options, 1 when it failed.
var scaleText = "1";
string? accountsCsv = null;
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--scale" && i + 1 < args.Length) scaleText = args[++i];
    else if (args[i] == "--accounts-csv" && i + 1 < args.Length) accountsCsv = args[++i];
    else if (args[i].StartsWith("--scale=", StringComparison.Ordinal)) scaleText = args[i]["--scale=".Length..];
    else rest.Add(args[i]);
}
if (!double.TryParse(scaleText, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || factor <= 0 || factor > 1)
{
    Console.Error.WriteLine($"--scale must be a number above 0 and at most 1 (e.g. 0.05), not '{scaleText}'.");
    return 2;
}

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(rest.ToArray()).Build();
using var logs = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
    .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning));
var logger = logs.CreateLogger("NationalData");
var dataRoot = configuration["Database:DataRoot"];
var options = new ProvisioningOptions
{
    DataRoot = string.IsNullOrWhiteSpace(dataRoot) ? ProvisioningOptions.DefaultAppDataRoot() + "-national" : dataRoot,
    TryContainers = false,
};

try
{
    await using var database = await PostgresProvisioner.ProvisionAsync(configuration, options, logger);
    logger.LogInformation("Database: {Description}", database.Description);
    await DatabaseInitializer.InitializeAsync(database.Connections, logger);
    await using var services = NationalBenchServices.Build(database.Connections, b => b.AddSimpleConsole(o => o.SingleLine = true)
        .AddFilter("Microsoft", LogLevel.Warning));
    var scale = new NationalScale(factor);
    var summary = await NationalBenchServices.FillAsync(services, scale);
    Console.WriteLine();
    Console.WriteLine(summary.AlreadyThere
        ? $"The national dataset is already there (nothing changed); scale asked {factor.ToString(CultureInfo.InvariantCulture)}."
        : $"National dataset filled at scale {factor.ToString(CultureInfo.InvariantCulture)} in {summary.Elapsed.TotalSeconds:N0} s.");
    Console.WriteLine($"{"table",-28} {"rows",12}");
    foreach (var (table, rows) in summary.RowsPerTable.OrderBy(r => r.Key, StringComparer.Ordinal))
        Console.WriteLine($"{table,-28} {rows,12:N0}");
    Console.WriteLine($"Database size: {summary.DatabaseBytes / 1024.0 / 1024.0:N0} MB ({database.Description}).");
    Console.WriteLine($"Bench accounts: e.g. {NationalUsers.EmailOf(TyollisyysAlue.Domain.Access.AreaRole.Planner, 1, NationalAreas.SlugOf(1))}, password {NationalUsers.Password}");
    if (accountsCsv is not null)
    {
        await File.WriteAllTextAsync(accountsCsv, NationalUsers.EditorsCsv(scale, DateTime.Today.Year));
        Console.WriteLine($"Editors' accounts for the circuit load generator (--accounts): {Path.GetFullPath(accountsCsv)}");
    }
    Console.WriteLine($"Largest area: /areas/{NationalAreas.All.MaxBy(a => a.Members.Count)!.Slug} ({NationalAreas.All.Max(a => a.Members.Count)} members).");
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or Npgsql.NpgsqlException)
{
    logger.LogCritical(ex, "The national dataset was not filled: {Reason}", ex.Message);
    return 1;
}
