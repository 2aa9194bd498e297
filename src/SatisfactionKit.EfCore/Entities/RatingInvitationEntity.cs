using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="RatingInvitationRecord"/>: one invitation sent or failed, append-only.</summary>
internal sealed class RatingInvitationEntity
{
    public Guid Id { get; set; }

    public string DossierCode { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string? ProcedureCode { get; set; }

    public RatingChannel Channel { get; set; }

    public RatingInvitationOutcome Outcome { get; set; }

    public int Attempts { get; set; }

    public string? FailureReason { get; set; }

    public DateTime At { get; set; }
}
