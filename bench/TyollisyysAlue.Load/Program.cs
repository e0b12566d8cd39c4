using System.Diagnostics;
using System.Text.RegularExpressions;
using TyollisyysAlue.Load;

// Bounded load against a running app on loopback: sign in, warm up, run the mix for --seconds with --users, report.
var (options, error) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

Console.WriteLine($"Load: {options.Url} · {options.Users} users · {options.Seconds} s · seed {options.Seed}");
using var api = Scenario.ApiClient(options.Url);
var users = Enumerable.Range(0, options.Users)
    .Select(i => new VirtualUser(Scenario.Users[i % Scenario.Users.Length], options.Url)).ToList();
string? planPdf;
try
{
    await Task.WhenAll(users.Select(u => u.SignInAsync()));
    planPdf = await FindPlanPdfAsync(users.FirstOrDefault(u => u.Area == "kuopio"));
}
catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
{
    Console.Error.WriteLine($"Setup failed (is the app running in Development at {options.Url}?): {e.Message}");
    return 2;
}
Console.WriteLine($"Signed in {users.Count} users; plan PDF: {planPdf ?? "none found, left out"}");

// Warm-up: every user sends each of its requests once, unrecorded (JIT, connection pools, caches).
await Task.WhenAll(users.Select(async u =>
{
    foreach (var step in Scenario.StepsFor(u.Area, planPdf))
        await u.SendAsync(step.Api ? api : u.Browser, step.Name, step.Build, record: false);
}));

var duration = TimeSpan.FromSeconds(options.Seconds);
var clock = Stopwatch.StartNew();
await Task.WhenAll(users.Select(async (u, i) =>
{
    var random = new Random(options.Seed + i);
    var steps = Scenario.StepsFor(u.Area, planPdf);
    while (clock.Elapsed < duration)
    {
        var step = Scenario.Pick(steps, random);
        await u.SendAsync(step.Api ? api : u.Browser, step.Name, step.Build);
    }
}));
clock.Stop();

var exitCode = Report.Print(Recorder.Merge(users.Select(u => u.Recorder)), clock.Elapsed);
users.ForEach(u => u.Dispose());
return exitCode;

// The first plan version's PDF link on Kuopio's plan page (prerendered HTML), e.g. /areas/kuopio/plan/versions/{id}/export.pdf.
static async Task<string?> FindPlanPdfAsync(VirtualUser? kuopio)
{
    if (kuopio is null) return null;
    var html = await kuopio.Browser.GetStringAsync(new Uri("/areas/kuopio/plan", UriKind.Relative));
    var match = Regex.Match(html, "href=\"(/areas/kuopio/plan/versions/[^\"/]+/export\\.pdf)\"");
    return match.Success ? match.Groups[1].Value : null;
}
