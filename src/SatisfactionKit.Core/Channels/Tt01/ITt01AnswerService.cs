using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Tt01;

/// <summary>
/// Fills the TT01/2018 indicators that follow from dossier data (1–4 and 7, see <see cref="Tt01Indicators"/>) from the
/// vendor's <see cref="IDossierStatusSource.FindProcessingAsync"/>, so that a form only asks for the rest. Registered by <c>AddChannels()</c>.
/// </summary>
public interface ITt01AnswerService
{
    /// <summary>
    /// For a submission of the TT01 scheme about a dossier: asks the dossier source how it was handled and puts the
    /// computed points in place of typed answers for those criteria. Another scheme, no dossier, or a source without
    /// the data gives the submission back unchanged with nothing computed.
    /// </summary>
    ValueTask<Tt01Completion> CompleteAsync(RatingSubmission submission, CancellationToken cancellationToken = default);
}
