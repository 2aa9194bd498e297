using SatisfactionKit.Channels;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// The vendor's dossiers, in memory: every code starting with "READY" has its result ready, "WAIT" has not, others are
/// unknown. A code with "-Q2-" is unit UBND-Q2's, every other UBND-Q1's.
/// </summary>
internal sealed class TestDossiers : IDossierStatusSource
{
    public ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<DossierStatus?>(dossierCode.StartsWith("READY", StringComparison.Ordinal) || dossierCode.StartsWith("WAIT", StringComparison.Ordinal)
            ? new DossierStatus(
                new DossierReference(dossierCode, "1.001234", dossierCode.Contains("-Q2-", StringComparison.Ordinal) ? "UBND-Q2" : "UBND-Q1", "CB-007"),
                "Returned",
                new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)),
                dossierCode.StartsWith("READY", StringComparison.Ordinal),
                DateTimeOffset.UtcNow.AddMinutes(-1))
            : null);
}
