using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Rollups;

/// <summary>Random ratings over a few units, procedures, officers, counters, channels, days and answers, for the roll-up tests.</summary>
internal static class RollupRatings
{
    private static readonly string[] Criteria = ["THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI"];

    public static Rating Next(Random random, RatingChannel? channel = null)
    {
        var unit = random.Next(4) == 0 ? "UBND-Q3" : "UBND-Q1";
        var at = new DateTimeOffset(2026, 10, 30, 6, 0, 0, TimeSpan.FromHours(7)).AddMinutes(random.Next(5 * 24 * 60));
        var answers = Criteria.Select(c => random.Next(5) == 0 ? new RatingAnswer(c, "KHL", 1, false) : new RatingAnswer(c, "HL", 2, true)).ToArray();
        return new Rating
        {
            Id = Guid.CreateVersion7(),
            SchemeCode = "HANOI_2014",
            SchemeVersion = 1,
            Dossier = new DossierReference($"000.00.17.H29-{random.Next(1_000_000):000000}", $"1.00{random.Next(3)}", unit, $"CB-{random.Next(3)}", $"QUAY-0{random.Next(3)}"),
            Channel = channel ?? (random.Next(3) == 0 ? RatingChannel.Online : RatingChannel.CounterPad),
            Answers = answers,
            Conditions = random.Next(2) == 0 ? ["DA_GOP_Y"] : [],
            ResultReturnedAt = at.AddMinutes(-5),
            SubmittedAt = at,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
    }

    /// <summary><paramref name="rating"/> with every answer dissatisfied.</summary>
    public static Rating Dissatisfied(Rating rating) =>
        rating with { Answers = [.. rating.Answers.Select(a => new RatingAnswer(a.CriterionCode, "KHL", 1, false))] };
}
