using System.Globalization;
using Microsoft.AspNetCore.Http;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Server.Problems;

/// <summary>
/// The server's own checks of route values, query values and body fields before any store or the prompt coordinator
/// sees them: a code is at most 64 characters (the columns' width) and holds no control character (NUL included) and
/// no broken UTF-16 (a lone surrogate, which PostgreSQL cannot store). A refusal is a 400 validation problem naming
/// the field, in the request's language; the core's own checks stay behind these.
/// </summary>
internal static class InputRules
{
    public const int MaxCodeLength = 64;

    /// <summary>The first problem among <paramref name="fields"/>, or <see langword="null"/>.</summary>
    public static IResult? Codes(params (string Field, string? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (Text(field, value, MaxCodeLength, allowLineBreaks: false) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>A code in the route (a counter id, a dossier code): required, not blank, then as <see cref="Codes"/>.</summary>
    public static IResult? RouteCode(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? ServerProblems.Required(field) : Codes((field, value));

    /// <summary>A key the client chooses (an idempotency key): up to 128 characters, no control character.</summary>
    public static IResult? Key(string field, string? value) => Text(field, value, 128, allowLineBreaks: false);

    /// <summary>Free text (a comment): line breaks allowed, no other control character, no broken UTF-16; length left to the core.</summary>
    public static IResult? FreeText(string field, string? value) => Text(field, value, int.MaxValue, allowLineBreaks: true);

    private static IResult? Text(string field, string? value, int maxLength, bool allowLineBreaks)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return Invalid(field, ErrorCodes.FieldTooLong, ServerText.FieldTooLong, field, value.Length, maxLength);
        }

        if (TextRules.FirstInvalidCharacter(value, allowLineBreaks) is var i and >= 0)
        {
            var c = value[i];
            return Invalid(field, ErrorCodes.ControlCharacter, char.IsSurrogate(c) ? ServerText.BrokenCharacter : ServerText.ControlCharacter, field, ((int)c).ToString("X4", CultureInfo.InvariantCulture), i);
        }

        return null;
    }

    private static IResult Invalid(string field, string code, LocalizedText message, params object[] args) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [string.Format(CultureInfo.InvariantCulture, message.Get(), args)] },
        title: ServerText.Invalid.Get(),
        extensions: new Dictionary<string, object?> { ["code"] = code });
}
