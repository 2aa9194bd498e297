using SatisfactionKit.Ratings;

namespace SatisfactionKit.Testing;

/// <summary>Ratings and dossiers for the store and outbox tests.</summary>
public static class Samples
{
    public static DossierReference Dossier(string code = "000.00.17.H29-261102-0001", string counter = "QUAY-01") =>
        new(code, "1.001234", "UBND-Q1", "CB-007", counter);

    /// <summary>A rating with every field set, times in +07:00 and whole seconds (PostgreSQL keeps microseconds).</summary>
    public static Rating Rating(string? key = null, string dossierCode = "000.00.17.H29-261102-0001", RatingChannel channel = RatingChannel.CounterPad) => new()
    {
        Id = Guid.CreateVersion7(),
        SchemeCode = "HANOI_2014",
        SchemeVersion = 1,
        Dossier = Dossier(dossierCode),
        Channel = channel,
        Answers =
        [
            new RatingAnswer("THONG_TIN_CSVC", "HL", 2, true),
            new RatingAnswer("HO_SO", "KHL", 1, false),
            new RatingAnswer("THAI_DO", "HL", 2, true),
            new RatingAnswer("THOI_GIAN_CHI_PHI", "KHL", 1, false),
        ],
        Conditions = ["DA_GOP_Y"],
        Reasons = ["CHO_LAU", "THIEU_HUONG_DAN"],
        Comment = "Cán bộ nhiệt tình nhưng phải chờ lâu.",
        ResultReturnedAt = new DateTimeOffset(2026, 11, 2, 7, 55, 0, TimeSpan.FromHours(7)),
        SubmittedAt = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)),
        DeviceId = "PAD-A1B2",
        PromptId = Guid.CreateVersion7(),
        IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
    };
}
