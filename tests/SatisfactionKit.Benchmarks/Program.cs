using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project tests/SatisfactionKit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
