using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// One row as the report queries see it, whatever it came from (a rating, an answer, a prompt, a stray
/// press): a single shape lets one key selector serve every query. EF Core binds through the projection,
/// so only the members a query reads reach the SQL.
/// </summary>
internal sealed class ReportFact
{
    public string? UnitCode { get; init; }

    public string? ProcedureCode { get; init; }

    public string? OfficerId { get; init; }

    public string? CounterId { get; init; }

    public RatingChannel Channel { get; init; }

    /// <summary>The instant shifted to the reporting zone's (constant) offset.</summary>
    public DateTime Local { get; init; }

    public bool IsSatisfied { get; init; }

    public string? DossierCode { get; init; }

    public string CriterionCode { get; init; } = string.Empty;

    public int Value { get; init; }

    public PromptState Outcome { get; init; }

    /// <summary>A roll-up cell's count (ratings or answers); 1 per row is implied for the other sources.</summary>
    public long Count { get; init; }

    /// <summary>A rating roll-up cell's satisfied count.</summary>
    public long SatisfiedCount { get; init; }

    /// <summary>A rating roll-up cell's count of dissatisfied ratings with a dossier.</summary>
    public long DissatisfiedCount { get; init; }

    /// <summary>A roll-up cell's scheme (narrowed after the projection).</summary>
    public string? SchemeCode { get; init; }

    /// <summary>An answer roll-up cell's condition choices (<c>|C5|</c>).</summary>
    public string Conditions { get; init; } = string.Empty;
}
