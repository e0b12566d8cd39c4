using BenchmarkDotNet.Running;

if (args is ["import-peak", var format]) return TyollisyysAlue.Benchmarks.ImportPeak.Run(format);
BenchmarkSwitcher.FromAssembly(typeof(TyollisyysAlue.Benchmarks.SyntheticAreas).Assembly).Run(args);
return 0;
