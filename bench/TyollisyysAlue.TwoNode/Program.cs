using TyollisyysAlue.TwoNode;

// The users of bench/two-node.sh: HTTP checks through nginx and on each node, the browser failover, one more write.
Options options;
try { options = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var results = new Results(options.ResultsFile);
switch (options.Command)
{
    case "http": await HttpChecks.RunAsync(options, results); break;
    case "failover": await Failover.RunAsync(options, results); break;
    case "write-line": await Failover.WriteLineAsync(options, results); break;
    default:
        Console.Error.WriteLine($"Unknown command {options.Command}: http, failover or write-line.");
        return 2;
}
return results.AllPassed ? 0 : 1;
