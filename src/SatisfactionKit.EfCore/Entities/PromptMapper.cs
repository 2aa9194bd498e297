using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>Maps a completed prompt to its row, for the prompt store and for the rating store that writes it with its rating.</summary>
internal static class PromptMapper
{
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
        OpenedAt = prompt.OpenedAt.UtcDateTime,
        ClosedAt = prompt.ClosedAt.UtcDateTime,
        Outcome = prompt.Outcome,
        RatingId = prompt.RatingId,
        IncompleteLevelCode = prompt.IncompleteLevelCode,
        Note = prompt.Note,
    };
}
