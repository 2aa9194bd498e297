namespace SatisfactionKit.Schemes;

/// <summary>Finds the scheme a rating is given under.</summary>
public interface IRatingSchemeProvider
{
    /// <summary>
    /// The scheme with <paramref name="code"/> at <paramref name="version"/>, or at its highest version
    /// when <paramref name="version"/> is <see langword="null"/>; <see langword="null"/> when there is none.
    /// </summary>
    ValueTask<RatingScheme?> FindAsync(string code, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Every scheme known, each version separately.</summary>
    ValueTask<IReadOnlyList<RatingScheme>> ListAsync(CancellationToken cancellationToken = default);
}
