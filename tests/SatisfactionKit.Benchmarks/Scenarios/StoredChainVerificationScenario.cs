using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Integrity;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P4 over the database (P4db): the EF Core chain verifier (<see cref="IRatingChainVerifier.VerifyAllAsync"/>)
/// reading and checking every unit's chain of a data set made by <c>generate</c> (the generator links the rows
/// exactly as the library does), with PostgreSQL's binary COPY (<c>UsePostgreSqlCopyVerification</c>) and, unless
/// <c>--copy-only</c>, with the portable reader; beside them the floor: a raw binary <c>COPY … TO STDOUT</c> of the
/// same rows and columns of the three tables in their physical order, every value read and nothing hashed
/// (<see cref="RawPostgresCopyOut"/>), and the verifier's own COPY pages read in chain order without hashing.
/// Every chain must verify; the figures are links (ratings) per second.
/// </summary>
public static class StoredChainVerificationScenario
{
    public const string Name = "verify";

    public static async Task<ScenarioResult> RunAsync(string database, bool portable = true)
    {
        var result = new ScenarioResult(Name);

        var floorStarted = Stopwatch.GetTimestamp();
        var floor = await RawPostgresCopyOut.ReadAllAsync(database);
        var floorSeconds = Stopwatch.GetElapsedTime(floorStarted).TotalSeconds;
        result.Add("raw_copy.ratings", floor.Ratings).Add("raw_copy.answers", floor.Answers).Add("raw_copy.choices", floor.Choices)
            .Add("raw_copy.seconds", floorSeconds).Add("raw_copy.ratings_per_s", floor.Ratings / floorSeconds);

        var pages = await ReadChainPagesAsync(database);
        result.Add("chain_order_copy.ratings", pages.Ratings).Add("chain_order_copy.seconds", pages.Seconds).Add("chain_order_copy.ratings_per_s", pages.Ratings / pages.Seconds);

        var copy = await VerifyAsync(database, copy: true);
        result.Add("copy.chains", copy.Chains).Add("copy.links", copy.Links).Add("copy.seconds", copy.Seconds).Add("copy.links_per_s", copy.Links / copy.Seconds)
            .Add("ratio.copy_time_over_raw_copy", copy.Seconds / floorSeconds);
        if (portable)
        {
            var plain = await VerifyAsync(database, copy: false);
            result.Add("portable.links", plain.Links).Add("portable.seconds", plain.Seconds).Add("portable.links_per_s", plain.Links / plain.Seconds);
        }

        return result;
    }

    /// <summary>
    /// The second floor: the verifier's own COPY pages (<see cref="IChainPageSource"/>), every chain in sequence order with
    /// the verifier's parallelism, nothing mapped or hashed — what reading in chain order costs the database.
    /// </summary>
    private static async Task<(long Ratings, double Seconds)> ReadChainPagesAsync(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UsePostgreSqlCopyVerification();
        await using var provider = services.BuildServiceProvider();
        var source = provider.GetRequiredService<IChainPageSource>();
        List<(string Key, long Last)> chains;
        using (var scope = provider.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>();
            chains = [.. (await context.Set<ChainHeadEntity>().AsNoTracking().ToListAsync()).Select(h => (h.ChainKey, h.Sequence))];
        }

        long ratings = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(chains, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (chain, ct) =>
        {
            using var scope = provider.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>();
            await context.Database.OpenConnectionAsync(ct);
            var size = source.PageSize(context);
            for (long after = 0; after < chain.Last; after += size)
            {
                Interlocked.Add(ref ratings, (await source.ReadAsync(context, chain.Key, after, Math.Min(chain.Last, after + size), ct)).Count);
            }
        });
        return (ratings, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task<(int Chains, long Links, double Seconds)> VerifyAsync(string database, bool copy)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
        var builder = services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>();
        if (copy)
        {
            builder.UsePostgreSqlCopyVerification();
        }

        await using var provider = services.BuildServiceProvider();
        var verifier = provider.GetRequiredService<IRatingChainVerifier>();

        var started = Stopwatch.GetTimestamp();
        var results = await verifier.VerifyAllAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (results.FirstOrDefault(r => !r.IsIntact) is { } broken)
        {
            throw new InvalidOperationException($"Chain {broken.ChainKey} is broken: {broken}.");
        }

        return (results.Count, results.Sum(r => r.LinksChecked), seconds);
    }
}
