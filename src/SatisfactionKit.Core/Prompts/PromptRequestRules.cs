using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// The checks a counter id and a prompt's dossier pass before the coordinator keeps them: the prompt's
/// record is stored even when no rating follows, so its text must fit the columns (64 characters) and
/// hold no control character, or a database would refuse it (PostgreSQL) or keep it (SQLite) unseen.
/// </summary>
internal static class PromptRequestRules
{
    private const int MaxCodeLength = 64;

    public static void CheckCounter(string counterId, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(counterId, parameter);
        Check("CounterId", counterId, parameter);
    }

    public static void CheckCounter(CounterKey counter, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(counter.UnitCode, parameter);
        Check("UnitCode", counter.UnitCode, parameter);
        CheckCounter(counter.CounterId, parameter);
    }

    /// <summary>A press's counter, and the codes a stray press would store (level 32 characters, device 128, codes 64).</summary>
    public static void CheckPress(CounterPress press, string parameter)
    {
        CheckCounter(press.CounterId, parameter);
        Check("UnitCode", press.UnitCode, parameter);
        Check("LevelCode", press.LevelCode, parameter, 32);
        Check("DeviceId", press.DeviceId, parameter, 128);
        foreach (var code in press.CriterionCodes.Concat(press.ReasonCodes))
        {
            Check("Codes", code, parameter);
        }
    }

    public static void CheckRequest(PromptRequest request, string parameter)
    {
        CheckCounter(request.CounterId, parameter);
        ArgumentNullException.ThrowIfNull(request.Dossier, parameter);
        Check("CounterUnitCode", request.CounterUnitCode, parameter);
        Check("Dossier.DossierCode", request.Dossier.DossierCode, parameter);
        Check("Dossier.ProcedureCode", request.Dossier.ProcedureCode, parameter);
        Check("Dossier.UnitCode", request.Dossier.UnitCode, parameter);
        Check("Dossier.OfficerId", request.Dossier.OfficerId, parameter);
        Check("Dossier.CounterId", request.Dossier.CounterId, parameter);
        Check("SchemeCode", request.SchemeCode, parameter);
    }

    private static void Check(string field, string? value, string parameter, int maxLength = MaxCodeLength)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException(Messages.Bilingual(ErrorCodes.FieldTooLong, field, value.Length, maxLength), parameter);
        }

        if (TextRules.FirstInvalidCharacter(value) is var at and >= 0)
        {
            throw new ArgumentException(Messages.Bilingual(ErrorCodes.ControlCharacter, field, (int)value[at], at), parameter);
        }
    }
}
