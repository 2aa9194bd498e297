using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Testing;
using SatisfactionKit.Units;

namespace SatisfactionKit.Core.Tests.Units;

/// <summary>The registry keeps the hierarchy it built: for its cache duration, within the day, until a change is announced.</summary>
public sealed class UnitRegistryCacheTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_call_within_the_duration_does_not_read_the_catalogue_again()
    {
        var (registry, source, time, _) = Build(TimeSpan.FromMinutes(5));

        var first = await registry.GetHierarchyAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(4));
        var second = await registry.GetHierarchyAsync(Ct);
        _ = await registry.FindAsync("13999", registry.Today, Ct);
        _ = await registry.GetSubtreeAsync("37", registry.Today, Ct);

        Assert.Equal(1, source.Loads);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task After_the_duration_the_catalogue_is_read_again()
    {
        var (registry, source, time, _) = Build(TimeSpan.FromMinutes(5));

        var first = await registry.GetHierarchyAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(5));
        var second = await registry.GetHierarchyAsync(Ct);
        var third = await registry.GetHierarchyAsync(Ct);

        Assert.Equal(2, source.Loads);
        Assert.NotSame(first, second);
        Assert.Same(second, third);
    }

    [Fact]
    public async Task A_new_day_in_Vietnam_reads_the_catalogue_again()
    {
        var (registry, source, time, _) = Build(TimeSpan.FromHours(1), new DateTimeOffset(2026, 11, 2, 23, 58, 0, TimeSpan.FromHours(7)));

        await registry.GetHierarchyAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(1));
        await registry.GetHierarchyAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(2));
        await registry.GetHierarchyAsync(Ct);

        Assert.Equal(2, source.Loads);
        Assert.Equal(new DateOnly(2026, 11, 3), registry.Today);
    }

    [Fact]
    public async Task An_announced_change_drops_the_cache_at_once()
    {
        var (registry, source, _, notifier) = Build(TimeSpan.FromMinutes(5));

        await registry.GetHierarchyAsync(Ct);
        notifier.NotifyCatalogueChanged();
        await registry.GetHierarchyAsync(Ct);
        await registry.GetHierarchyAsync(Ct);

        Assert.Equal(2, source.Loads);
    }

    [Fact]
    public async Task A_change_announced_during_a_read_leaves_that_read_stale()
    {
        var (registry, source, _, notifier) = Build(TimeSpan.FromMinutes(5));
        source.DuringLoad = notifier.NotifyCatalogueChanged;

        await registry.GetHierarchyAsync(Ct);
        source.DuringLoad = null;
        await registry.GetHierarchyAsync(Ct);
        await registry.GetHierarchyAsync(Ct);

        Assert.Equal(2, source.Loads);
    }

    [Fact]
    public async Task A_zero_duration_reads_the_catalogue_on_every_call()
    {
        var (registry, source, _, _) = Build(TimeSpan.Zero);

        await registry.GetHierarchyAsync(Ct);
        await registry.GetHierarchyAsync(Ct);
        await registry.GetAncestorsAsync("14101", registry.Today, Ct);

        Assert.Equal(3, source.Loads);
    }

    [Fact]
    public async Task Callers_that_arrive_during_a_read_wait_for_it_instead_of_reading_too()
    {
        var (registry, source, _, _) = Build(TimeSpan.FromMinutes(5));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Gate = gate.Task;

        var calls = Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await registry.GetHierarchyAsync(Ct), Ct)).ToList();
        await Task.Delay(50, Ct);
        gate.SetResult();
        var hierarchies = await Task.WhenAll(calls);

        Assert.Equal(1, source.Loads);
        Assert.All(hierarchies, h => Assert.Same(hierarchies[0], h));
    }

    [Fact]
    public async Task A_catalogue_with_errors_is_not_kept()
    {
        var (registry, source, _, _) = Build(TimeSpan.FromMinutes(5));
        source.Catalogue = SampleUnits.Catalogue with { Versions = [.. SampleUnits.Versions, new UnitVersion("99999", new UnitName("Xã"), UnitLevel.Commune, "NOPE", SampleUnits.Merger)] };

        await Assert.ThrowsAsync<UnitCatalogueException>(async () => await registry.GetHierarchyAsync(Ct));
        source.Catalogue = SampleUnits.Catalogue;
        await registry.GetHierarchyAsync(Ct);
        await registry.GetHierarchyAsync(Ct);

        Assert.Equal(2, source.Loads);
    }

    [Fact]
    public void A_negative_duration_is_refused_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddSatisfactionKit();
        services.Configure<UnitRegistryOptions>(o => o.CacheDuration = TimeSpan.FromSeconds(-1));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<UnitRegistryOptions>>().Value);

        Assert.Contains("UnitRegistryOptions.CacheDuration", ex.Message, StringComparison.Ordinal);
    }

    private static (IUnitRegistry Registry, CountingUnitSource Source, FakeTimeProvider Time, IUnitCatalogueChangeNotifier Notifier) Build(TimeSpan duration, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? Morning);
        var source = new CountingUnitSource();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IUnitSource>(source);
        services.AddSatisfactionKit();
        services.Configure<UnitRegistryOptions>(o => o.CacheDuration = duration);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IUnitRegistry>(), source, time, provider.GetRequiredService<IUnitCatalogueChangeNotifier>());
    }

    /// <summary>A unit source that counts its reads; it can hold a read until a gate opens, or act during it.</summary>
    private sealed class CountingUnitSource : IUnitSource
    {
        private int _loads;

        public int Loads => Volatile.Read(ref _loads);

        public UnitCatalogue Catalogue { get; set; } = SampleUnits.Catalogue;

        public Task? Gate { get; set; }

        public Action? DuringLoad { get; set; }

        public async ValueTask<UnitCatalogue> LoadAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _loads);
            if (Gate is { } gate)
            {
                await gate.WaitAsync(cancellationToken);
            }

            DuringLoad?.Invoke();
            return Catalogue;
        }
    }
}
