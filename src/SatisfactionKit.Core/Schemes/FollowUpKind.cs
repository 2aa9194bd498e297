namespace SatisfactionKit.Schemes;

/// <summary>What a scheme asks after a dissatisfied first answer.</summary>
public enum FollowUpKind
{
    /// <summary>Nothing: the first answer completes the rating.</summary>
    None = 0,

    /// <summary>
    /// Which criteria the respondent is dissatisfied with (Hà Nội 2014: <i>Không hài lòng</i> is given
    /// per criterion). The rating is complete only once at least one criterion is named.
    /// </summary>
    DissatisfiedCriteria = 1,

    /// <summary>Optional reasons chosen from the scheme's list (five-star at three stars or fewer).</summary>
    Reasons = 2,
}
