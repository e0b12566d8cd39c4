using BenchmarkDotNet.Running;

if (args is ["import-peak", var format]) return TyollisyysAlue.Benchmarks.ImportPeak.Run(format);
if (args is ["ledger-peak", var ledgerFormat, ..]) return TyollisyysAlue.Benchmarks.LedgerPeak.Run(ledgerFormat, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
BenchmarkSwitcher.FromAssembly(typeof(TyollisyysAlue.Benchmarks.SyntheticAreas).Assembly).Run(args);
return 0;
