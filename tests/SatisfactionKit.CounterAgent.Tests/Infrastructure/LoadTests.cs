namespace SatisfactionKit.CounterAgent.Tests.Infrastructure;

/// <summary>Load and fault tests run alone, so that their wall time measures the outbox and not the other tests.</summary>
[CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
public sealed class LoadTests;
