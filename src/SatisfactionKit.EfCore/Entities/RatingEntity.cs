using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The row of a stored <see cref="Rating"/>. The dossier reference is flattened into columns so that
/// reports filter and group by unit, procedure and officer in SQL. Times are UTC
/// <see cref="DateTime"/> rather than <see cref="DateTimeOffset"/> because SQLite cannot compare or
/// order <see cref="DateTimeOffset"/> in SQL, and PostgreSQL's <c>timestamptz</c> keeps no offset anyway.
/// </summary>
internal sealed class RatingEntity
{
    public Guid Id { get; set; }

    public string SchemeCode { get; set; } = string.Empty;

    public int SchemeVersion { get; set; }

    public string? DossierCode { get; set; }

    public string? ProcedureCode { get; set; }

    public string? UnitCode { get; set; }

    public string? OfficerId { get; set; }

    public string? CounterId { get; set; }

    public string? SurveyId { get; set; }

    public RatingChannel Channel { get; set; }

    public bool IsSatisfied { get; set; }

    public string? Comment { get; set; }

    public DateTime? ResultReturnedAt { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string? DeviceId { get; set; }

    public Guid? PromptId { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public List<RatingAnswerEntity> Answers { get; set; } = [];

    public List<RatingChoiceEntity> Choices { get; set; } = [];
}
