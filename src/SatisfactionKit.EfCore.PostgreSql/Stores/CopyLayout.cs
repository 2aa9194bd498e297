using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>The COPY of a rating chunk's three tables for one EF Core model: built once per model, then shared.</summary>
internal sealed class CopyLayout
{
    private CopyLayout(CopyTable ratings, CopyTable answers, CopyTable choices)
    {
        Ratings = ratings;
        Answers = answers;
        Choices = choices;
    }

    public CopyTable Ratings { get; }

    public CopyTable Answers { get; }

    public CopyTable Choices { get; }

    public static CopyLayout For(DbContext context) => new(
        CopyTable.For(context, typeof(RatingEntity)),
        CopyTable.For(context, typeof(RatingAnswerEntity)),
        CopyTable.For(context, typeof(RatingChoiceEntity)));
}
