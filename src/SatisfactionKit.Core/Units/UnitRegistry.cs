namespace SatisfactionKit.Units;

/// <summary>
/// The default <see cref="IUnitRegistry"/>: reads the registered <see cref="IUnitSource"/> on every call
/// (two queries with the EF Core store) and answers from a <see cref="UnitHierarchy"/>. Without a source,
/// a call fails with a message saying which registration is missing.
/// </summary>
internal sealed class UnitRegistry(TimeProvider timeProvider, IUnitSource? source = null) : IUnitRegistry
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public DateOnly Today => DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(VietnamOffset).DateTime);

    public async ValueTask<UnitHierarchy> GetHierarchyAsync(CancellationToken cancellationToken = default)
    {
        var units = source ?? throw new InvalidOperationException(
            "Chưa đăng ký nguồn danh mục đơn vị (IUnitSource): gọi AddEntityFrameworkStores<TContext>() hoặc đăng ký IUnitSource của đơn vị phần mềm. / No unit source (IUnitSource) is registered: call AddEntityFrameworkStores<TContext>() or register the vendor's own IUnitSource.");
        var catalogue = await units.LoadAsync(cancellationToken).ConfigureAwait(false);
        return UnitHierarchy.Create(catalogue, Today);
    }

    public async ValueTask<UnitVersion?> FindAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).Find(code, asOf);

    public async ValueTask<IReadOnlyList<UnitVersion>> GetAncestorsAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).Ancestors(code, asOf);

    public async ValueTask<IReadOnlyList<UnitVersion>> GetSubtreeAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).Subtree(code, asOf);

    public async ValueTask<IReadOnlyList<UnitSuccession>> GetSuccessorChainAsync(string code, CancellationToken cancellationToken = default) =>
        (await GetHierarchyAsync(cancellationToken).ConfigureAwait(false)).SuccessorChain(code, Today);
}
