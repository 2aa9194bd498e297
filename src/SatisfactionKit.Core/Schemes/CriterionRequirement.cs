namespace SatisfactionKit.Schemes;

/// <summary>When a criterion must be answered.</summary>
public enum CriterionRequirement
{
    /// <summary>Every rating answers it.</summary>
    Required = 0,

    /// <summary>Answered only when the criterion's condition holds, and then required (SIPAS factor 5).</summary>
    Conditional = 1,

    /// <summary>May be answered or left out.</summary>
    Optional = 2,
}
