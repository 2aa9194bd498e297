using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Units;

/// <summary>
/// Ratings (Hà Nội 2014) around the merger of <see cref="SampleUnits"/> on 2025-07-01, local times in Vietnam:
/// <code>
///        unit    local date   dossier  satisfied  channel
///  R1    13321   2025-06-10   D1       no         pad
///  R2    13321   2025-06-11   D5       yes
///  R3    13321   2025-06-12   D6       yes
///  R4    13324   2025-06-10   D2       no
///  R5    13324   2025-06-11   D7       yes
///  R6    14101   2025-06-15   D8       yes
///  R7    14101   2025-06-16   D9       yes
///  R8    13999   2025-07-10   D3       no
///  R9    13999   2025-07-11   D10      yes
///  R10   13999   2025-07-12   D11      yes
///  R11   13999   2025-07-13   D12      yes
///  R12   14101   2025-07-14   D4       no
///  R13   X-99    2025-07-15   D13      yes        (a code the catalogue does not have)
///  R14   13999   2025-07-20   D1       no         online (D1 again, after the merger, under the new ward)
/// </code>
/// 14 ratings, 9 satisfied.
/// </summary>
internal static class UnitRatings
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static ReportFilter JuneAndJuly(string? schemeCode = null) =>
        new(new DateTimeOffset(2025, 6, 1, 0, 0, 0, Vietnam), new DateTimeOffset(2025, 8, 1, 0, 0, 0, Vietnam), SchemeCode: schemeCode);

    public static IEnumerable<Rating> All()
    {
        yield return Hanoi("13321", 6, 10, "D1", false);
        yield return Hanoi("13321", 6, 11, "D5", true);
        yield return Hanoi("13321", 6, 12, "D6", true);
        yield return Hanoi("13324", 6, 10, "D2", false);
        yield return Hanoi("13324", 6, 11, "D7", true);
        yield return Hanoi("14101", 6, 15, "D8", true);
        yield return Hanoi("14101", 6, 16, "D9", true);
        yield return Hanoi("13999", 7, 10, "D3", false);
        yield return Hanoi("13999", 7, 11, "D10", true);
        yield return Hanoi("13999", 7, 12, "D11", true);
        yield return Hanoi("13999", 7, 13, "D12", true);
        yield return Hanoi("14101", 7, 14, "D4", false);
        yield return Hanoi("X-99", 7, 15, "D13", true);
        yield return Hanoi("13999", 7, 20, "D1", false, RatingChannel.Online);
    }

    /// <summary>
    /// TT01/2018 ratings (9 criteria, 0–2 points) around the merger; each one's total and band:
    /// <code>
    ///  T1  13321  2025-06-10  18  XUAT_SAC
    ///  T2  13324  2025-06-11  12  TOT
    ///  T3  14101  2025-06-15   9  KHA
    ///  T4  13999  2025-07-10   5  YEU
    ///  T5  13999  2025-07-11  16  XUAT_SAC
    ///  T6  X-99   2025-07-15   6  TRUNG_BINH
    /// </code>
    /// 6 dossiers, totals adding up to 66.
    /// </summary>
    public static IEnumerable<Rating> Tt01()
    {
        yield return Tt01("13321", 6, 10, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        yield return Tt01("13324", 6, 11, 2, 2, 2, 2, 2, 2, 0, 0, 0);
        yield return Tt01("14101", 6, 15, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        yield return Tt01("13999", 7, 10, 1, 1, 1, 1, 1, 0, 0, 0, 0);
        yield return Tt01("13999", 7, 11, 2, 2, 2, 2, 2, 2, 2, 2, 0);
        yield return Tt01("X-99", 7, 15, 1, 1, 1, 1, 1, 1, 0, 0, 0);
    }

    private static Rating Tt01(string unit, int month, int day, params int[] points) => new()
    {
        Id = Guid.CreateVersion7(),
        SchemeCode = "TT01_2018",
        SchemeVersion = 1,
        Officer = new OfficerReference(unit, "CB1"),
        Channel = RatingChannel.Online,
        Answers = [.. points.Select((p, i) => new RatingAnswer($"CT{i + 1}", p.ToString(System.Globalization.CultureInfo.InvariantCulture), p, p >= 1))],
        SubmittedAt = new DateTimeOffset(2025, month, day, 9, 0, 0, Vietnam),
        IdempotencyKey = Guid.NewGuid().ToString("N"),
    };

    public static Rating Hanoi(string unit, int month, int day, string dossier, bool satisfied, RatingChannel channel = RatingChannel.CounterPad)
    {
        string[] criteria = ["THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI"];
        return new Rating
        {
            Id = Guid.CreateVersion7(),
            SchemeCode = "HANOI_2014",
            SchemeVersion = 1,
            Dossier = new DossierReference(dossier, "P1", unit, "CB1", "QUAY-01"),
            Channel = channel,
            Answers = [.. criteria.Select(c => satisfied ? new RatingAnswer(c, "HL", 2, true) : new RatingAnswer(c, "KHL", 1, false))],
            SubmittedAt = new DateTimeOffset(2025, month, day, 9, 0, 0, Vietnam),
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
    }
}
