using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// A small hierarchy shaped like the 2025 reorganisation, with made-up codes: on 1 July 2025 Tỉnh Hà Nam merges into
/// Tỉnh Ninh Bình, the district level (Thành phố Phủ Lý) ends, and two old wards (Lê Hồng Phong, Quang Trung) merge
/// into the new Phường Phủ Lý (the counters' <c>UBND-Q1</c>); Xã Tiên Tân (<c>UBND-Q3</c>) moves under the new province.
/// A few ratings before and after the merger, on fixed days, let the dashboard show both views with figures one can
/// check by hand (docs/units.md).
/// </summary>
public static class DemoUnits
{
    private static readonly DateOnly Start = new(2000, 1, 1);

    /// <summary>The day of the merger (two-level local government).</summary>
    public static readonly DateOnly Merger = new(2025, 7, 1);

    public static UnitCatalogue Catalogue { get; } = new(
        [
            new UnitVersion("T-HANAM", new UnitName("Tỉnh Hà Nam", "Hà Nam Province"), UnitLevel.Province, null, Start, Merger),
            new UnitVersion("T-NINHBINH", new UnitName("Tỉnh Ninh Bình", "Ninh Bình Province"), UnitLevel.Province, null, Start),
            new UnitVersion("H-PHULY", new UnitName("Thành phố Phủ Lý", "Phủ Lý City"), UnitLevel.District, "T-HANAM", Start, Merger),
            new UnitVersion("X-LEHONGPHONG", new UnitName("Phường Lê Hồng Phong"), UnitLevel.Commune, "H-PHULY", Start, Merger),
            new UnitVersion("X-QUANGTRUNG", new UnitName("Phường Quang Trung"), UnitLevel.Commune, "H-PHULY", Start, Merger),
            new UnitVersion("UBND-Q1", new UnitName("Phường Phủ Lý"), UnitLevel.Commune, "T-NINHBINH", Merger),
            new UnitVersion("UBND-Q3", new UnitName("Xã Tiên Tân"), UnitLevel.Commune, "H-PHULY", Start, Merger),
            new UnitVersion("UBND-Q3", new UnitName("Xã Tiên Tân"), UnitLevel.Commune, "T-NINHBINH", Merger),
        ],
        [
            new UnitSuccession("T-HANAM", "T-NINHBINH", Merger),
            new UnitSuccession("X-LEHONGPHONG", "UBND-Q1", Merger),
            new UnitSuccession("X-QUANGTRUNG", "UBND-Q1", Merger),
        ]);

    /// <summary>
    /// The merger's ratings: (unit, day, satisfied, dissatisfied). In 2025: before the merger Lê Hồng Phong 3 of 4
    /// satisfied, Quang Trung 1 of 2, Tiên Tân 2 of 2; after it Phủ Lý 2 of 4, Tiên Tân 1 of 2.
    /// </summary>
    public static readonly (string Unit, DateOnly Day, int Satisfied, int Dissatisfied)[] Ratings =
    [
        ("X-LEHONGPHONG", new(2025, 5, 12), 3, 1),
        ("X-QUANGTRUNG", new(2025, 5, 13), 1, 1),
        ("UBND-Q3", new(2025, 5, 14), 2, 0),
        ("UBND-Q1", new(2025, 9, 10), 2, 2),
        ("UBND-Q3", new(2025, 9, 11), 1, 1),
    ];

    /// <summary>Stores the merger's ratings (dossier codes <c>DEMO-MERGER-…</c>), through the public rating store.</summary>
    public static async Task SeedRatingsAsync(IRatingStore store, CancellationToken cancellationToken = default)
    {
        var scheme = RatingSchemes.Hanoi2014;
        var good = scheme.Levels.Single(l => l.IsSatisfied);
        var bad = scheme.Levels.Single(l => !l.IsSatisfied);
        var n = 0;
        foreach (var (unit, day, satisfied, dissatisfied) in Ratings)
        {
            for (var i = 0; i < satisfied + dissatisfied; i++, n++)
            {
                var level = i < satisfied ? good : bad;
                // 09:00 in Việt Nam, a minute apart.
                var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, i)), TimeSpan.FromHours(7));
                await store.AddAsync(
                    new Rating
                    {
                        Id = Guid.CreateVersion7(at),
                        SchemeCode = scheme.Code,
                        SchemeVersion = scheme.Version,
                        Dossier = new DossierReference($"DEMO-MERGER-{n:000}", "1.004227", unit),
                        Channel = RatingChannel.Paper,
                        Answers = [.. scheme.Criteria.Select(c => new RatingAnswer(c.Code, level.Code, level.Value, level.IsSatisfied))],
                        ResultReturnedAt = at.AddMinutes(-5),
                        SubmittedAt = at,
                        IdempotencyKey = $"demo:merger:{n}",
                    },
                    cancellationToken);
            }
        }
    }
}
