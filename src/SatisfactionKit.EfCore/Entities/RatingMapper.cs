using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>Turns Core's <see cref="Rating"/> into rows and back.</summary>
internal static class RatingMapper
{
    /// <summary>The row of <paramref name="rating"/>, with its <see cref="RatingEntity.DossierSlot"/> under <paramref name="uniqueness"/>.</summary>
    public static RatingEntity ToEntity(Rating rating, RatingUniqueness uniqueness = RatingUniqueness.PerDossierAndChannel) => new()
    {
        Id = rating.Id,
        SchemeCode = rating.SchemeCode,
        SchemeVersion = rating.SchemeVersion,
        DossierCode = rating.Dossier?.DossierCode,
        ProcedureCode = rating.Dossier?.ProcedureCode,
        // A rating "by unit → officer" has no dossier: its unit and officer go in the same columns, so
        // reports by unit and officer count it with the others.
        UnitCode = rating.Dossier?.UnitCode ?? rating.Officer?.UnitCode,
        OfficerId = rating.Dossier?.OfficerId ?? rating.Officer?.OfficerId,
        CounterId = rating.Dossier?.CounterId,
        SurveyId = rating.SurveyId,
        Channel = rating.Channel,
        IsSatisfied = rating.IsSatisfied,
        Comment = rating.Comment,
        ResultReturnedAt = rating.ResultReturnedAt is { } returned ? Microseconds(returned) : null,
        SubmittedAt = Microseconds(rating.SubmittedAt),
        DeviceId = rating.DeviceId,
        PromptId = rating.PromptId,
        IdempotencyKey = rating.IdempotencyKey,
        DossierSlot = DossierSlots.For(rating, uniqueness),
        Answers = [.. rating.Answers.Select((a, i) => new RatingAnswerEntity
        {
            RatingId = rating.Id,
            Position = i,
            CriterionCode = a.CriterionCode,
            LevelCode = a.LevelCode,
            Value = a.Value,
            IsSatisfied = a.IsSatisfied,
        })],
        Choices =
        [
            .. rating.Conditions.Select((c, i) => new RatingChoiceEntity { RatingId = rating.Id, Kind = RatingChoiceKind.Condition, Position = i, Code = c }),
            .. rating.Reasons.Select((c, i) => new RatingChoiceEntity { RatingId = rating.Id, Kind = RatingChoiceKind.Reason, Position = i, Code = c }),
        ],
    };

    public static Rating ToRating(RatingEntity entity) => new()
    {
        Id = entity.Id,
        SchemeCode = entity.SchemeCode,
        SchemeVersion = entity.SchemeVersion,
        Dossier = entity.DossierCode is null
            ? null
            : new DossierReference(entity.DossierCode, entity.ProcedureCode ?? string.Empty, entity.UnitCode ?? string.Empty, entity.OfficerId, entity.CounterId),
        SurveyId = entity.SurveyId,
        Officer = entity.DossierCode is null && entity.SurveyId is null && entity.UnitCode is not null && entity.OfficerId is not null
            ? new OfficerReference(entity.UnitCode, entity.OfficerId)
            : null,
        Channel = entity.Channel,
        Answers = [.. entity.Answers.OrderBy(a => a.Position).Select(a => new RatingAnswer(a.CriterionCode, a.LevelCode, a.Value, a.IsSatisfied))],
        Conditions = Codes(entity, RatingChoiceKind.Condition),
        Reasons = Codes(entity, RatingChoiceKind.Reason),
        Comment = entity.Comment,
        ResultReturnedAt = entity.ResultReturnedAt is { } returned ? Utc(returned) : null,
        SubmittedAt = Utc(entity.SubmittedAt),
        DeviceId = entity.DeviceId,
        PromptId = entity.PromptId,
        IdempotencyKey = entity.IdempotencyKey,
    };

    /// <summary>
    /// A stored time as a UTC <see cref="DateTimeOffset"/>. SQLite reads it back with an unspecified kind,
    /// PostgreSQL as UTC; both were written as UTC.
    /// </summary>
    public static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    /// <summary>
    /// A time as stored: UTC, cut to whole microseconds, the precision PostgreSQL keeps, so that the
    /// rating hashed into the chain is exactly the rating every provider reads back.
    /// </summary>
    public static DateTime Microseconds(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    private static string[] Codes(RatingEntity entity, RatingChoiceKind kind) =>
        [.. entity.Choices.Where(c => c.Kind == kind).OrderBy(c => c.Position).Select(c => c.Code)];
}
