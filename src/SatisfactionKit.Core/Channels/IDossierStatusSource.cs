namespace SatisfactionKit.Channels;

/// <summary>
/// The vendor's one-stop software, asked for a dossier's status. The vendor implements it; the
/// library calls it for online rating (to learn the unit, officer and result-returned time) and
/// for status look-up.
/// </summary>
public interface IDossierStatusSource
{
    /// <summary>The status of <paramref name="dossierCode"/>, or <see langword="null"/> when the dossier is unknown.</summary>
    ValueTask<DossierStatus?> FindAsync(string dossierCode, CancellationToken cancellationToken = default);
}
