using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// A dissatisfied rating of a dossier code that has more than one (<see cref="DissatisfiedDossierEntity.Ratings"/>
/// above one: a dossier dissatisfied on two channels), with the columns reports filter and group by copied
/// from its <see cref="RatingEntity"/>. A report's distinct count of dissatisfied dossiers is the roll-up cells'
/// additive count less the repeats among these few rows; reading them here instead of visiting each rating
/// through the dossier code index keeps a satisfaction view at the cost of its cells.
/// </summary>
/// <remarks>
/// Kept in the transaction of every rating write: when a write takes a code's count above one, the code's
/// dissatisfied ratings not yet here are copied from the ratings table (after the code's row, whose lock orders
/// two writers of the same code). For provider packages and read-only queries; may change between minor versions.
/// </remarks>
public sealed class RepeatedDissatisfiedRatingEntity
{
    /// <summary>The rating's <see cref="RatingEntity.Id"/>.</summary>
    public Guid RatingId { get; set; }

    /// <summary>The dossier code.</summary>
    public string DossierCode { get; set; } = string.Empty;

    /// <summary>The rating's scheme code.</summary>
    public string SchemeCode { get; set; } = string.Empty;

    /// <summary>The rating's procedure code.</summary>
    public string? ProcedureCode { get; set; }

    /// <summary>The rating's unit code.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The rating's officer.</summary>
    public string? OfficerId { get; set; }

    /// <summary>The rating's counter.</summary>
    public string? CounterId { get; set; }

    /// <summary>The rating's channel.</summary>
    public RatingChannel Channel { get; set; }

    /// <summary>When the rating was submitted (UTC).</summary>
    public DateTime SubmittedAt { get; set; }
}
