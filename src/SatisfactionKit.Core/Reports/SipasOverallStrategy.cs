namespace SatisfactionKit.Reports;

/// <summary>How the SIPAS-style overall index is formed; the official formula is not published.</summary>
public enum SipasOverallStrategy
{
    /// <summary>The mean of the factor indices that have answers.</summary>
    MeanOfFactors = 0,

    /// <summary>The satisfied share on one general question (<see cref="SipasStyleOptions.GeneralCriterionCode"/>).</summary>
    GeneralCriterion = 1,
}
