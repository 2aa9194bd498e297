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
/// (<see cref="RawPostgresCopyOut"/>: one connection, asynchronous reads, as measured before; and three connections at once,
/// synchronous reads, as the scan reads), and the verifier's own scan (<see cref="IChainScanSource"/>) without hashing.
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

        var concurrentStarted = Stopwatch.GetTimestamp();
        var concurrent = await RawPostgresCopyOut.ReadAllConcurrentlyAsync(database);
        var concurrentSeconds = Stopwatch.GetElapsedTime(concurrentStarted).TotalSeconds;
        result.Add("raw_copy_3conn_sync.ratings", concurrent.Ratings).Add("raw_copy_3conn_sync.seconds", concurrentSeconds)
            .Add("raw_copy_3conn_sync.ratings_per_s", concurrent.Ratings / concurrentSeconds);

        var scanned = await ScanOnlyAsync(database);
        result.Add("scan_only.ratings", scanned.Ratings).Add("scan_only.seconds", scanned.Seconds).Add("scan_only.ratings_per_s", scanned.Ratings / scanned.Seconds);

        var copy = await VerifyAsync(database, copy: true);
        result.Add("copy.chains", copy.Chains).Add("copy.links", copy.Links).Add("copy.seconds", copy.Seconds).Add("copy.links_per_s", copy.Links / copy.Seconds)
            .Add("ratio.copy_time_over_raw_copy", copy.Seconds / floorSeconds)
            .Add("ratio.copy_time_over_raw_copy_3conn_sync", copy.Seconds / concurrentSeconds)
            .Add("ratio.copy_time_over_scan_only", copy.Seconds / scanned.Seconds);
        if (portable)
        {
            var plain = await VerifyAsync(database, copy: false);
            result.Add("portable.links", plain.Links).Add("portable.seconds", plain.Seconds).Add("portable.links_per_s", plain.Links / plain.Seconds);
        }

        return result;
    }

    /// <summary>
    /// The verifier's own read without the verifier: <see cref="IChainScanSource"/> (the three tables by COPY in physical order,
    /// joined in the client), every rating counted and dropped, nothing mapped or hashed — what the scan's reading and joining cost.
    /// </summary>
    private static async Task<(long Ratings, double Seconds)> ScanOnlyAsync(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UsePostgreSqlCopyVerification();
        await using var provider = services.BuildServiceProvider();
        var source = provider.GetRequiredService<IChainScanSource>();
        using var scope = provider.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>();
        long ratings = 0;
        var started = Stopwatch.GetTimestamp();
        if (!await source.ScanAsync(context, _ => { }, batch => ratings += batch.Count, CancellationToken.None))
        {
            throw new InvalidOperationException("The scan gave up.");
        }

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
