namespace SatisfactionKit.Reports;

/// <summary>A dossier's satisfaction over a period, for the national portal.</summary>
/// <param name="DossierCode">The dossier code (mã hồ sơ).</param>
/// <param name="UnitCode">The unit that handled it.</param>
/// <param name="Ratings">Ratings of the dossier in the period.</param>
/// <param name="Dissatisfied">Of which not satisfied.</param>
/// <param name="LastRatedAt">The last rating's instant (UTC).</param>
public sealed record DossierOutcome(string DossierCode, string? UnitCode, int Ratings, int Dissatisfied, DateTimeOffset LastRatedAt)
{
    /// <summary>Satisfied when no rating of the dossier in the period is dissatisfied (the QĐ 766 reading).</summary>
    public bool IsSatisfied => Dissatisfied == 0;
}
