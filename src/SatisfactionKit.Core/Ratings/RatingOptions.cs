using SatisfactionKit.Schemes;

namespace SatisfactionKit.Ratings;

/// <summary>
/// What the rating service and its validator read of <c>SatisfactionKitOptions</c>: a view copied from
/// it by <c>AddSatisfactionKit</c>, so that ratings do not depend on the package's root namespace.
/// Set the values on <c>SatisfactionKitOptions</c>, where they are validated; here they are read-only.
/// </summary>
public sealed class RatingOptions
{
    /// <summary>The scheme of a rating that names none.</summary>
    public RatingScheme DefaultScheme { get; internal set; } = RatingSchemes.Hanoi2014;

    /// <summary>How many ratings a dossier may have.</summary>
    public RatingUniqueness Uniqueness { get; internal set; } = RatingUniqueness.PerDossierAndChannel;

    /// <summary>The regular expression dossier codes must match.</summary>
    public string DossierCodePattern { get; internal set; } = "^[A-Za-z0-9][A-Za-z0-9._/-]{2,63}$";

    /// <summary>The longest comment accepted, in characters.</summary>
    public int MaxCommentLength { get; internal set; } = 1000;

    /// <summary>How far in the future a dossier's result-returned time may lie.</summary>
    public TimeSpan ClockSkewTolerance { get; internal set; } = TimeSpan.FromMinutes(2);
}
