using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>
/// Small data sets for the report tests, with times in Vietnam (+07:00). Hà Nội 2014 ratings, November 2026:
/// <code>
///        unit proc officer counter channel    local time            HL/KHL on THONG_TIN, HO_SO, THAI_DO, THOI_GIAN   dossier
///  R1    U1   P1   CB1     Q1      CounterPad Mon 2026-11-02 08:10  HL  HL  HL  HL   satisfied                     D1
///  R2    U1   P1   CB1     Q1      CounterPad Mon 2026-11-02 09:20  HL  KHL HL  HL                                 D2
///  R3    U1   P2   CB2     Q2      Online     Sun 2026-11-01 06:30  HL  HL  KHL KHL  (UTC: Sat 2026-10-31 23:30)   D3
///  R4    U2   P1   CB3     Q3      CounterPad Tue 2026-11-10 14:05  HL  HL  HL  HL   satisfied                     D4
///  R5    U2   P1   CB3     Q3      CounterPad Tue 2026-11-10 14:40  KHL KHL KHL KHL                                D5
///  R6    U2   P1   CB3     Q3      Online     Tue 2026-12-01 00:30  KHL KHL KHL KHL  (UTC: Mon 2026-11-30 17:30)   D5
/// </code>
/// R3 is in November only in local time, R6 in November only in UTC: they prove the time zone shift.
/// D5 is rated twice, on two channels (one rating per dossier per channel is the rule the database holds).
/// </summary>
internal static class ReportData
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static ReportFilter November(string? schemeCode = null) =>
        new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, Vietnam), new DateTimeOffset(2026, 12, 1, 0, 0, 0, Vietnam), SchemeCode: schemeCode);

    public static ReportFilter FourthQuarter(string? schemeCode = null) =>
        new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, Vietnam), new DateTimeOffset(2027, 1, 1, 0, 0, 0, Vietnam), SchemeCode: schemeCode);

    public static IEnumerable<Rating> Hanoi()
    {
        yield return HanoiRating("U1", "P1", "CB1", "Q1", RatingChannel.CounterPad, At(11, 2, 8, 10), "D1", true, true, true, true);
        yield return HanoiRating("U1", "P1", "CB1", "Q1", RatingChannel.CounterPad, At(11, 2, 9, 20), "D2", true, false, true, true);
        yield return HanoiRating("U1", "P2", "CB2", "Q2", RatingChannel.Online, At(11, 1, 6, 30), "D3", true, true, false, false);
        yield return HanoiRating("U2", "P1", "CB3", "Q3", RatingChannel.CounterPad, At(11, 10, 14, 5), "D4", true, true, true, true);
        yield return HanoiRating("U2", "P1", "CB3", "Q3", RatingChannel.CounterPad, At(11, 10, 14, 40), "D5", false, false, false, false);
        yield return HanoiRating("U2", "P1", "CB3", "Q3", RatingChannel.Online, At(12, 1, 0, 30), "D5", false, false, false, false);
    }

    /// <summary>
    /// SIPAS 22 (partial answers, written straight to the store), unit S1, November 2026:
    /// <code>
    ///       TC1.1 TC1.2 TC3.1 TC5.1  condition DA_GOP_Y
    ///  S1   5     4     3     4      yes
    ///  S2   2     4     5     1      no  (its TC5.1 answer is not valid: it gave no feedback)
    ///  S3   4     5     4     2      yes
    /// </code>
    /// </summary>
    public static IEnumerable<Rating> Sipas()
    {
        yield return SipasRating(At(11, 3, 9, 0), true, 5, 4, 3, 4);
        yield return SipasRating(At(11, 4, 9, 0), false, 2, 4, 5, 1);
        yield return SipasRating(At(11, 5, 9, 0), true, 4, 5, 4, 2);
    }

    /// <summary>
    /// Prompts in November: counter Q1 (unit U1) rated, rated, expired, cancelled; counter Q3 (unit U2)
    /// rated, refused; and one Q1 prompt in December. Stray presses in November: U1's Q1 twice, U2's Q3 once, U2's own
    /// counter Q1 (not U1's) once, and Q9 of no known unit once; U1's Q1 once in December.
    /// </summary>
    public static IEnumerable<PromptRecord> Prompts()
    {
        yield return Prompt("Q1", "U1", PromptState.Rated, At(11, 2, 8, 9));
        yield return Prompt("Q1", "U1", PromptState.Rated, At(11, 2, 9, 19));
        yield return Prompt("Q1", "U1", PromptState.Expired, At(11, 2, 10, 0));
        yield return Prompt("Q1", "U1", PromptState.Cancelled, At(11, 3, 10, 0));
        yield return Prompt("Q3", "U2", PromptState.Rated, At(11, 10, 14, 4));
        yield return Prompt("Q3", "U2", PromptState.Refused, At(11, 10, 15, 0));
        yield return Prompt("Q1", "U1", PromptState.Rated, At(12, 2, 8, 0));
    }

    public static IEnumerable<StrayPress> StrayPresses()
    {
        yield return Stray("Q1", "U1", At(11, 2, 11, 0));
        yield return Stray("Q1", "U1", At(11, 3, 11, 0));
        yield return Stray("Q3", "U2", At(11, 10, 16, 0));
        yield return Stray("Q1", "U2", At(11, 10, 17, 0));
        yield return Stray("Q9", null, At(11, 10, 18, 0));
        yield return Stray("Q1", "U1", At(12, 3, 11, 0));
    }

    /// <summary>
    /// TT01/2018 (9 criteria of 0–2 points), November 2026:
    /// <code>
    ///       unit officer  CT1..CT9                 total  band (XUAT_SAC > 15, TOT >= 12, KHA >= 9, TRUNG_BINH >= 6, YEU)
    ///  T1   U1   CB1      2 2 2 2 2 2 2 2 2        18     XUAT_SAC
    ///  T2   U1   CB1      2 2 2 2 2 2 0 0 0        12     TOT
    ///  T3   U1   CB2      1 1 1 1 1 1 1 1 1         9     KHA
    ///  T4   U2   CB3      1 1 1 1 1 0 0 0 0         5     YEU
    /// </code>
    /// </summary>
    public static IEnumerable<Rating> Tt01()
    {
        yield return Tt01Rating("U1", "CB1", At(11, 3, 9, 0), 2, 2, 2, 2, 2, 2, 2, 2, 2);
        yield return Tt01Rating("U1", "CB1", At(11, 3, 10, 0), 2, 2, 2, 2, 2, 2, 0, 0, 0);
        yield return Tt01Rating("U1", "CB2", At(11, 4, 9, 0), 1, 1, 1, 1, 1, 1, 1, 1, 1);
        yield return Tt01Rating("U2", "CB3", At(11, 5, 9, 0), 1, 1, 1, 1, 1, 0, 0, 0, 0);
    }

    public static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Vietnam);

    private static Rating HanoiRating(string unit, string procedure, string officer, string counter, RatingChannel channel, DateTimeOffset at, string dossier, params bool[] satisfied)
    {
        string[] criteria = ["THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI"];
        return new Rating
        {
            Id = Guid.CreateVersion7(),
            SchemeCode = "HANOI_2014",
            SchemeVersion = 1,
            Dossier = new DossierReference(dossier, procedure, unit, officer, counter),
            Channel = channel,
            Answers = [.. criteria.Select((c, i) => satisfied[i] ? new RatingAnswer(c, "HL", 2, true) : new RatingAnswer(c, "KHL", 1, false))],
            SubmittedAt = at,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
    }

    private static Rating SipasRating(DateTimeOffset at, bool gaveFeedback, params int[] values)
    {
        string[] criteria = ["TC1.1", "TC1.2", "TC3.1", "TC5.1"];
        return new Rating
        {
            Id = Guid.CreateVersion7(),
            SchemeCode = "SIPAS_22",
            SchemeVersion = 1,
            Officer = new OfficerReference("S1", "CB9"),
            Channel = RatingChannel.Paper,
            Answers = [.. criteria.Select((c, i) => new RatingAnswer(c, values[i].ToString(System.Globalization.CultureInfo.InvariantCulture), values[i], values[i] >= 4))],
            Conditions = gaveFeedback ? ["DA_GOP_Y"] : [],
            SubmittedAt = at,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
    }

    private static Rating Tt01Rating(string unit, string officer, DateTimeOffset at, params int[] points) => new()
    {
        Id = Guid.CreateVersion7(),
        SchemeCode = "TT01_2018",
        SchemeVersion = 1,
        Officer = new OfficerReference(unit, officer),
        Channel = RatingChannel.Online,
        Answers = [.. points.Select((p, i) => new RatingAnswer($"CT{i + 1}", p.ToString(System.Globalization.CultureInfo.InvariantCulture), p, p >= 1))],
        SubmittedAt = at,
        IdempotencyKey = Guid.NewGuid().ToString("N"),
    };

    private static PromptRecord Prompt(string counter, string unit, PromptState outcome, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        CounterId = counter,
        Dossier = new DossierReference($"D-{Guid.NewGuid():N}", "P1", unit, "CB1", counter),
        SchemeCode = "HANOI_2014",
        SchemeVersion = 1,
        OpenedAt = at,
        ClosedAt = at.AddMinutes(1),
        Outcome = outcome,
    };

    private static StrayPress Stray(string counter, string? unit, DateTimeOffset at) => new(Guid.CreateVersion7(), counter, StrayPressReason.NoOpenPrompt, "HL", "PAD-1", null, at, unit);
}
