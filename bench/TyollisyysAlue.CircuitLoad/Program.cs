using TyollisyysAlue.CircuitLoad;

// The circuit load generator (issue 17): N real interactive circuits against an app on loopback, bounded in users and
// time; bench/README.md "Circuit load" has the commands and the recorded figures.
// Exit code 0: passed; 1: errors above --max-error-percent; 2: bad options or the driver could not start.
var (options, error) = RunOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}
IReadOnlyList<CircuitUserProfile> accounts;
try { accounts = AccountList.Load(options.Accounts); }
catch (Exception e) when (e is IOException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var abort = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // stop the run, dispose every user, still print what was measured
    abort.Cancel();
};

await using var users = await CircuitUsers.StartAsync(options.Driver, options.Url);
Console.WriteLine($"{options.Users} users against {options.Url} for {options.Seconds} s (Ctrl-C stops early)…");
var run = await new LoadRunner(options, accounts, users.Create).RunAsync(abort.Token);
Report.Print(run, args, Console.Out);
if (options.SummaryJson is not null) RunSummary.Write(run, options.SummaryJson);
return run.Passed ? 0 : 1;
