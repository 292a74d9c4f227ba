using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Estate.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
