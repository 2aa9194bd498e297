namespace SatisfactionKit.Schemes;

/// <summary>
/// Where agency-defined schemes are kept when they are managed at run time rather than in
/// configuration. Implemented by the EF Core package; optional.
/// </summary>
public interface IRatingSchemeStore
{
    /// <summary>The stored scheme with <paramref name="code"/> at <paramref name="version"/> (highest when <see langword="null"/>).</summary>
    ValueTask<RatingScheme?> FindAsync(string code, int? version, CancellationToken cancellationToken = default);

    /// <summary>Every stored scheme version.</summary>
    ValueTask<IReadOnlyList<RatingScheme>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new scheme version. A version, once stored, is never changed.</summary>
    /// <exception cref="InvalidOperationException">That code and version already exist with other content.</exception>
    ValueTask AddAsync(RatingScheme scheme, CancellationToken cancellationToken = default);
}
