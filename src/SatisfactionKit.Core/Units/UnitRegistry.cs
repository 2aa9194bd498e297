using Microsoft.Extensions.Options;

namespace SatisfactionKit.Units;

/// <summary>
/// The default <see cref="IUnitRegistry"/>: reads the registered <see cref="IUnitSource"/> (two queries with the
/// EF Core store), answers from the <see cref="UnitHierarchy"/> it builds, and keeps that hierarchy for
/// <see cref="UnitRegistryOptions.CacheDuration"/>, until the day changes in Vietnam, or until a change is announced
/// through the <see cref="UnitCatalogueChangeSignal"/>, whichever comes first. One read at a time: callers that find
/// the cache stale while another reads wait for that read. Without a source, a call fails with a message saying
/// which registration is missing.
/// </summary>
internal sealed class UnitRegistry(
    TimeProvider timeProvider,
    IOptions<UnitRegistryOptions> options,
    UnitCatalogueChangeSignal changes,
    IUnitSource? source = null) : IUnitRegistry, IDisposable
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private readonly TimeSpan _cacheDuration = options.Value.CacheDuration;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Cached? _cached;

    public DateOnly Today => DayOf(timeProvider.GetUtcNow());

    public async ValueTask<UnitHierarchy> GetHierarchyAsync(CancellationToken cancellationToken = default)
    {
        var units = source ?? throw new InvalidOperationException(
            "Chưa đăng ký nguồn danh mục đơn vị (IUnitSource): gọi AddEntityFrameworkStores<TContext>() hoặc đăng ký IUnitSource của đơn vị phần mềm. / No unit source (IUnitSource) is registered: call AddEntityFrameworkStores<TContext>() or register the vendor's own IUnitSource.");
        if (_cacheDuration <= TimeSpan.Zero)
        {
            return UnitHierarchy.Create(await units.LoadAsync(cancellationToken).ConfigureAwait(false), Today);
        }

        if (Fresh(Volatile.Read(ref _cached)) is { } cached)
        {
            return cached;
        }

        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(Volatile.Read(ref _cached)) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            // Version, day and clock are taken before the read: a change announced during it leaves the result stale.
            var version = changes.Version;
            var now = timeProvider.GetUtcNow();
            var today = DayOf(now);
            var hierarchy = UnitHierarchy.Create(await units.LoadAsync(cancellationToken).ConfigureAwait(false), today);
            Volatile.Write(ref _cached, new Cached(hierarchy, today, version, now + _cacheDuration));
            return hierarchy;
        }
        finally
        {
            _reading.Release();
        }
    }

    public async ValueTask<UnitVersion?> FindAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).Find(code, asOf);

    public async ValueTask<IReadOnlyList<UnitVersion>> GetAncestorsAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).Ancestors(code, asOf);

    public async ValueTask<IReadOnlyList<UnitVersion>> GetSubtreeAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).Subtree(code, asOf);

    public async ValueTask<IReadOnlyList<UnitSuccession>> GetSuccessorChainAsync(string code, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).SuccessorChain(code, Today);

    public void Dispose() => _reading.Dispose();

    private UnitHierarchy? Fresh(Cached? cached) =>
        cached is not null
        && cached.Version == changes.Version
        && timeProvider.GetUtcNow() is var now
        && now < cached.ExpiresAt
        && DayOf(now) == cached.Day
            ? cached.Hierarchy
            : null;

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);

    /// <summary>A built hierarchy, the day it was built for, the change version it was read under and when it expires.</summary>
    private sealed record Cached(UnitHierarchy Hierarchy, DateOnly Day, long Version, DateTimeOffset ExpiresAt);
}
