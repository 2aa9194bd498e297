namespace SatisfactionKit.Reports;

/// <summary>
/// A sample-size rule for units whose dossier count lies in a range: at least
/// <paramref name="MinimumCount"/> ratings and at least <paramref name="MinimumShare"/> of the dossiers.
/// </summary>
/// <param name="MinDossiers">The smallest dossier count the rule applies to.</param>
/// <param name="MaxDossiers">The largest dossier count it applies to, or <see langword="null"/> for no limit.</param>
/// <param name="MinimumCount">The least number of ratings.</param>
/// <param name="MinimumShare">The least share of dossiers rated, from 0 to 1.</param>
public sealed record SampleQuotaRule(int MinDossiers, int? MaxDossiers, int MinimumCount, decimal MinimumShare)
{
    /// <summary>Whether a unit with <paramref name="dossiers"/> dossiers falls under the rule.</summary>
    public bool AppliesTo(int dossiers) => dossiers >= MinDossiers && (MaxDossiers is null || dossiers <= MaxDossiers);
}
