namespace SatisfactionKit.Reports;

/// <summary>
/// A dossier of the period the vendor's one-stop software flags for QĐ 766 indicator 5.4: the citizen
/// complained (phản ánh, kiến nghị), or the result was late. Given per dossier, so that a dossier that is
/// also rated dissatisfied, or both complained and late, counts once (<see cref="Decision766Rate.ComputeByDossier"/>).
/// </summary>
/// <param name="DossierCode">The dossier.</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="Complained">Whether a complaint about it was received in the period.</param>
/// <param name="Overdue">Whether its result was returned late.</param>
public sealed record FlaggedDossier(string DossierCode, string UnitCode, bool Complained, bool Overdue);
