namespace SatisfactionKit.Ratings;

/// <summary>
/// The dossier (<i>hồ sơ</i>) a rating is about, with the procedure, unit, officer and counter that
/// served it, so that every rating can be traced back and reported per procedure, unit and officer.
/// </summary>
/// <param name="DossierCode">The dossier's code in the vendor's one-stop software.</param>
/// <param name="ProcedureCode">The administrative procedure (<i>thủ tục hành chính</i>) code.</param>
/// <param name="UnitCode">The agency or unit that handled it.</param>
/// <param name="OfficerId">The officer who returned the result, if known.</param>
/// <param name="CounterId">The counter where the result was returned, if any.</param>
public sealed record DossierReference(
    string DossierCode,
    string ProcedureCode,
    string UnitCode,
    string? OfficerId = null,
    string? CounterId = null);
