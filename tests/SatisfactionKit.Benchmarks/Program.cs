using BenchmarkDotNet.Running;
using SatisfactionKit.Benchmarks.Scenarios;

// BenchmarkDotNet benchmarks by name, e.g.
//   dotnet run -c Release --project tests/SatisfactionKit.Benchmarks -- --filter '*'
// or a scenario run / the data generator (docs/benchmarks.md):
//   dotnet run -c Release --project tests/SatisfactionKit.Benchmarks -- scenario press --size 2000
//   dotnet run -c Release --project tests/SatisfactionKit.Benchmarks -- generate --size 1000000
if (args.Length > 0 && args[0] is "scenario" or "generate")
{
    return await ScenarioRunner.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ScenarioRunner).Assembly).Run(args);
return 0;
