namespace SatisfactionKit.SampleHost.Data;

/// <summary>A dossier (hồ sơ) as the vendor's one-stop software keeps it; SatisfactionKit only refers to it.</summary>
public sealed class DemoDossier
{
    public required string Code { get; set; }
    public required string ProcedureCode { get; set; }
    public required string UnitCode { get; set; }
    public required string ApplicantName { get; set; }
    public DossierState State { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly AppointmentDate { get; set; }
    public DateTimeOffset? ResultReturnedAt { get; set; }
    public string? ReturnedByOfficerId { get; set; }
    public string? ReturnedAtCounterId { get; set; }
}
