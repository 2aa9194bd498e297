namespace SatisfactionKit.Reports;

/// <summary>A unit's dossier counts from the vendor's system.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Dossiers">Dossiers in the period.</param>
/// <param name="Complained">Dossiers with a complaint or petition (phản ánh, kiến nghị), not already rated dissatisfied.</param>
/// <param name="Overdue">Dossiers resolved late (quá hạn), not already rated dissatisfied or complained about.</param>
public sealed record UnitDossierStatistics(string UnitCode, int Dossiers, int Complained, int Overdue);
