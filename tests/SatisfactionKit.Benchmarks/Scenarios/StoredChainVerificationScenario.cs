using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Integrity;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P4 over the database (P4db): the EF Core chain verifier (<see cref="IRatingChainVerifier.VerifyAllAsync"/>)
/// reading and checking every unit's chain of a data set made by <c>generate</c> (the generator links the rows
/// exactly as the library does), with PostgreSQL's binary COPY (<c>UsePostgreSqlCopyVerification</c>) and, unless
/// <c>--copy-only</c>, with the portable reader; beside them the floor: a raw binary <c>COPY … TO STDOUT</c> of the
/// same rows and columns of the three tables, every value read and nothing hashed (<see cref="RawPostgresCopyOut"/>).
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
