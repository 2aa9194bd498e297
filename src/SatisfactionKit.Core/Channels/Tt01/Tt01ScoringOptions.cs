namespace SatisfactionKit.Channels.Tt01;

/// <summary>
/// The thresholds by which TT01/2018 indicators 3 and 4 are scored from counts, set through
/// <c>services.Configure&lt;Tt01ScoringOptions&gt;(…)</c>. The defaults are this library's reading of Điều 13,
/// Thông tư 01/2018/TT-VPCP (see docs/reports.md); a province that reads it otherwise sets its own.
/// </summary>
public sealed class Tt01ScoringOptions
{
    /// <summary>Indicator 3: at most this many contacts to complete the dossier scores 2 points. Default 1.</summary>
    public int ContactsForTwoPoints { get; set; } = 1;

    /// <summary>Indicator 3: at most this many (and more than <see cref="ContactsForTwoPoints"/>) scores 1 point; more scores 0. Default 2.</summary>
    public int ContactsForOnePoint { get; set; } = 2;

    /// <summary>Indicator 4: at most this many agencies to contact scores 2 points. Default 1 (the receiving desk only).</summary>
    public int AgenciesForTwoPoints { get; set; } = 1;

    /// <summary>Indicator 4: at most this many (and more than <see cref="AgenciesForTwoPoints"/>) scores 1 point; more scores 0. Default 2.</summary>
    public int AgenciesForOnePoint { get; set; } = 2;
}
