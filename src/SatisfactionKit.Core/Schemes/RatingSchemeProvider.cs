using Microsoft.Extensions.Options;

namespace SatisfactionKit.Schemes;

/// <summary>
/// The default <see cref="IRatingSchemeProvider"/>: the built-in schemes, the schemes given in
/// <see cref="SatisfactionKitOptions.Schemes"/>, and those of an <see cref="IRatingSchemeStore"/>
/// when one is registered. Options win over the store for the same code and version.
/// </summary>
internal sealed class RatingSchemeProvider : IRatingSchemeProvider
{
    private readonly IOptionsMonitor<RatingSchemeOptions> _options;
    private readonly IRatingSchemeStore? _store;

    public RatingSchemeProvider(IOptionsMonitor<RatingSchemeOptions> options, IEnumerable<IRatingSchemeStore> stores)
    {
        _options = options;
        _store = stores.LastOrDefault();
    }

    public async ValueTask<RatingScheme?> FindAsync(string code, int? version = null, CancellationToken cancellationToken = default)
    {
        var configured = Configured()
            .Where(s => string.Equals(s.Code, code, StringComparison.Ordinal) && (version is null || s.Version == version))
            .MaxBy(s => s.Version);
        if (configured is not null || _store is null)
        {
            return configured;
        }

        return await _store.FindAsync(code, version, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<RatingScheme>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = Configured().ToList();
        if (_store is not null)
        {
            foreach (var stored in await _store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!all.Any(s => s.Code == stored.Code && s.Version == stored.Version))
                {
                    all.Add(stored);
                }
            }
        }

        return all;
    }

    private IEnumerable<RatingScheme> Configured() => _options.CurrentValue.Schemes.Concat(RatingSchemes.All);
}
