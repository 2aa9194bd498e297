using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>Maps a completed prompt to its row and back, for the prompt store, the rating store that writes it with its rating, and the chain verifier.</summary>
internal static class PromptMapper
{
    /// <summary>The row of <paramref name="prompt"/>, times cut to microseconds as stored (so that the record hashed is the one read back).</summary>
    public static PromptRecordEntity ToEntity(PromptRecord prompt) => new()
    {
        Id = prompt.Id,
        CounterId = prompt.CounterId,
        DossierCode = prompt.Dossier.DossierCode,
        ProcedureCode = prompt.Dossier.ProcedureCode,
        UnitCode = prompt.Dossier.UnitCode,
        OfficerId = prompt.Dossier.OfficerId,
        DossierCounterId = prompt.Dossier.CounterId,
        SchemeCode = prompt.SchemeCode,
        SchemeVersion = prompt.SchemeVersion,
        OpenedAt = RatingMapper.Microseconds(prompt.OpenedAt),
        ClosedAt = RatingMapper.Microseconds(prompt.ClosedAt),
        Outcome = prompt.Outcome,
        RatingId = prompt.RatingId,
        IncompleteLevelCode = prompt.IncompleteLevelCode,
        Note = prompt.Note,
    };

    /// <summary>The record a row holds, as stored (no check: the chain verifier hashes whatever the row says).</summary>
    public static PromptRecord ToRecord(PromptRecordEntity entity) => new()
    {
        Id = entity.Id,
        CounterId = entity.CounterId,
        Dossier = new DossierReference(entity.DossierCode, entity.ProcedureCode, entity.UnitCode, entity.OfficerId, entity.DossierCounterId),
        SchemeCode = entity.SchemeCode,
        SchemeVersion = entity.SchemeVersion,
        OpenedAt = RatingMapper.Utc(entity.OpenedAt),
        ClosedAt = RatingMapper.Utc(entity.ClosedAt),
        Outcome = entity.Outcome,
        RatingId = entity.RatingId,
        IncompleteLevelCode = entity.IncompleteLevelCode,
        Note = entity.Note,
    };
}
