using SatisfactionKit.Ratings;
using SatisfactionKit.Channels;

namespace SatisfactionKit.Benchmarks.ServerNode;

/// <summary>
/// The vendor's dossiers, made up: every code is a dossier whose result is ready, of the unit named before its first
/// '/' (<c>UNIT/anything</c>), so a benchmark opens as many prompts as it likes without seeding a table.
/// </summary>
internal sealed class BenchDossiers : IDossierStatusSource
{
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    public ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default)
    {
        var slash = dossierCode.IndexOf('/', StringComparison.Ordinal);
        var unit = slash > 0 ? dossierCode[..slash] : "UBND-BENCH";
        return ValueTask.FromResult<DossierStatus?>(new DossierStatus(
            new DossierReference(dossierCode, "1.001234", unit, "CB-BENCH"), "Returned", Received, true, DateTimeOffset.UtcNow.AddMinutes(-1)));
    }
}
