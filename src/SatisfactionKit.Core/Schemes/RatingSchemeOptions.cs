namespace SatisfactionKit.Schemes;

/// <summary>
/// What the scheme provider reads of <c>SatisfactionKitOptions</c>: a view copied from it by
/// <c>AddSatisfactionKit</c>, so that schemes do not depend on the package's root namespace.
/// Set the values on <c>SatisfactionKitOptions</c>, where they are validated; here they are read-only.
/// </summary>
public sealed class RatingSchemeOptions
{
    /// <summary>The scheme used when a prompt or a rating names none.</summary>
    public RatingScheme DefaultScheme { get; internal set; } = RatingSchemes.Hanoi2014;

    /// <summary>Agency-defined schemes, in addition to the built-in ones.</summary>
    public IReadOnlyList<RatingScheme> Schemes { get; internal set; } = [];
}
