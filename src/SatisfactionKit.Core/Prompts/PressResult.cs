namespace SatisfactionKit.Prompts;

/// <summary>The answer to <see cref="IPromptCoordinator.PressAsync"/>.</summary>
/// <param name="Disposition">What became of the press.</param>
/// <param name="Status">The counter's prompt after the press, if there is one.</param>
/// <param name="StrayReason">Why it was stray, when <see cref="PressDisposition.Stray"/>.</param>
/// <param name="RatingId">The stored rating, when <see cref="PressDisposition.Rated"/>.</param>
public sealed record PressResult(
    PressDisposition Disposition,
    PromptStatus? Status,
    StrayPressReason? StrayReason = null,
    Guid? RatingId = null);
