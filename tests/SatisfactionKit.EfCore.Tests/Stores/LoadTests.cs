namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>Load tests run alone, after the others, so that their wall time measures the store and not the other tests.</summary>
[CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
public sealed class LoadTests;
