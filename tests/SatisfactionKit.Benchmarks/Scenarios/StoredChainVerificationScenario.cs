using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Integrity;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P4 over the database: the EF Core chain verifier (<see cref="IRatingChainVerifier.VerifyAllAsync"/>)
/// reading and checking every unit's chain of a data set made by <c>generate</c> (the generator links
/// the rows exactly as the library does). Every chain must verify; the figure is links per second.
/// </summary>
public static class StoredChainVerificationScenario
{
    public const string Name = "verify";

    public static async Task<ScenarioResult> RunAsync(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>();
        await using var provider = services.BuildServiceProvider();
        var verifier = provider.GetRequiredService<IRatingChainVerifier>();

        var started = Stopwatch.GetTimestamp();
        var results = await verifier.VerifyAllAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (results.FirstOrDefault(r => !r.IsIntact) is { } broken)
        {
            throw new InvalidOperationException($"Chain {broken.ChainKey} is broken: {broken}.");
        }

        var links = results.Sum(r => r.LinksChecked);
        return new ScenarioResult(Name)
            .Add("chains", results.Count)
            .Add("links", links)
            .Add("seconds", seconds)
            .Add("links_per_s", links / seconds);
    }
}
