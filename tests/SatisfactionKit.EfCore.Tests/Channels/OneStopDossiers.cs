using System.Collections.Concurrent;
using SatisfactionKit.Channels;

namespace SatisfactionKit.EfCore.Tests.Channels;

/// <summary>The vendor's one-stop software as the channels see it: dossiers and whether their result was returned.</summary>
internal sealed class OneStopDossiers : IDossierStatusSource
{
    public ConcurrentDictionary<string, DossierStatus> Dossiers { get; } = new(StringComparer.Ordinal);

    /// <summary>The applicants' phones, by dossier.</summary>
    public ConcurrentDictionary<string, string> Phones { get; } = new(StringComparer.Ordinal);

    public ValueTask<string?> FindApplicantPhoneAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Phones.TryGetValue(dossierCode, out var phone) ? phone : null);

    public ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Dossiers.TryGetValue(dossierCode, out var status) ? status : null);
}
