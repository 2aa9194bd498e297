namespace SatisfactionKit.Reports;

/// <summary>Choices for the SIPAS-style index.</summary>
public sealed record SipasStyleOptions
{
    /// <summary>The default: overall = mean of the factors.</summary>
    public static SipasStyleOptions Default { get; } = new();

    /// <summary>How the overall index is formed.</summary>
    public SipasOverallStrategy Overall { get; init; } = SipasOverallStrategy.MeanOfFactors;

    /// <summary>The general question's criterion code, for <see cref="SipasOverallStrategy.GeneralCriterion"/>.</summary>
    public string? GeneralCriterionCode { get; init; }
}
