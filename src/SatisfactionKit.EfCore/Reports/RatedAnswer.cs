using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>An answer with its rating, inside a report query (translated to SQL, never materialised whole).</summary>
internal sealed class RatedAnswer
{
    public required RatingEntity Rating { get; init; }

    public required RatingAnswerEntity Answer { get; init; }
}
