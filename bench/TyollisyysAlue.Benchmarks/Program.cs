using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TyollisyysAlue.Benchmarks.SyntheticAreas).Assembly).Run(args);
