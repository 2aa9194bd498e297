using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>
/// SatisfactionKit wired as a vendor would: its own <see cref="VendorDbContext"/> registered with
/// <c>AddDbContext</c>, then <c>AddSatisfactionKit().AddEntityFrameworkStores&lt;VendorDbContext&gt;()</c>,
/// over a fresh database created with <c>EnsureCreated</c>.
/// </summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private StoreFixture(TestDatabase database, TimeProvider time, Action<IServiceCollection>? configure)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddDbContext<VendorDbContext>(o =>
        {
            database.Configure(o);
            o.AddInterceptors(Sql, Race, Commits);
        });
        services.AddSatisfactionKit()
            .AddEntityFrameworkStores<VendorDbContext>()
            .UseSqliteFastPath()
            .UsePostgreSqlCopyVerification()
            .AddChainCheckpoints(o =>
            {
                o.KeyId = "test-2026";
                o.Key = CheckpointKey;
            });
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The checkpoint key of the tests; a real deployment keeps its key out of the database.</summary>
    public static byte[] CheckpointKey { get; } = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];

    public static DateTimeOffset Start { get; } = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    public TestDatabase Database { get; }

    public SqlLog Sql { get; } = new();

    public RaceInjector Race { get; } = new();

    public CommitLog Commits { get; } = new();

    public ServiceProvider Services { get; }

    public IRatingStore Ratings => Services.GetRequiredService<IRatingStore>();

    public IPromptStore Prompts => Services.GetRequiredService<IPromptStore>();

    public IRatingSchemeStore Schemes => Services.GetRequiredService<IRatingSchemeStore>();

    public IRatingBatchStore Batches => Services.GetRequiredService<IRatingBatchStore>();

    public IRatingChainVerifier ChainVerifier => Services.GetRequiredService<IRatingChainVerifier>();

    public IRatingChainCheckpoints Checkpoints => Services.GetRequiredService<IRatingChainCheckpoints>();

    public IRatingService RatingService => Services.GetRequiredService<IRatingService>();

    /// <summary>A fixture over a fresh database; <paramref name="configure"/> adds to the services (channels, a dossier source...).</summary>
    public static async Task<StoreFixture> CreateAsync(string provider, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var database = TestDatabase.Create(provider);
        var fixture = new StoreFixture(database, time ?? new FakeTimeProvider(Start), configure);
        await using var context = fixture.NewContext();
        await context.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return fixture;
    }

    /// <summary>A context of its own, as the vendor's code would use; dispose it.</summary>
    public VendorDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<VendorDbContext>();
        Database.Configure(options);
        options.AddSatisfactionKitInterceptors();
        return new VendorDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
