using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// Six months of made-up ratings so that the dashboard has something to show on first run. Every one is
/// marked: dossier codes start with <c>DEMO-</c> and idempotency keys with <c>demo:</c>. They go through the
/// public rating store, so they are chained like any other. With the one-stop context, the dossiers behind them are
/// recorded as returned too (<see cref="DemoReturnedDossiers"/>), for the sample quotas.
/// </summary>
public static class DemoRatings
{
    private static readonly (string Unit, string Counter, string Officer)[] Counters =
        [("UBND-Q1", "QUAY-01", "CB-001"), ("UBND-Q1", "QUAY-02", "CB-002"), ("UBND-Q3", "QUAY-03", "CB-003")];

    private static readonly string[] Procedures = ["1.001612", "1.004227", "1.003001"];

    public static async Task SeedAsync(IRatingStore store, TimeProvider time, OneStopDbContext? oneStop = null, CancellationToken cancellationToken = default)
    {
        var scheme = RatingSchemes.Hanoi2014;
        var satisfied = scheme.Levels.Single(l => l.IsSatisfied);
        var dissatisfied = scheme.Levels.Single(l => !l.IsSatisfied);
        var random = new Random(2026);
        var now = time.GetUtcNow();
        for (var i = 0; i < 180; i++)
        {
            var (unit, counter, officer) = Counters[i % Counters.Length];
            // Office hours in Việt Nam (UTC+7), Monday to Friday, spread over the last six months.
            var day = now.AddDays(-random.Next(0, 180)).Date;
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(-1);
            }

            var at = new DateTimeOffset(day, TimeSpan.Zero).AddHours(random.Next(0, 9) + 0.5 + (random.NextDouble() / 2));
            // Counter 2 does a little worse, so that the ranking and the criteria chart say something.
            var unhappy = random.NextDouble() < (counter == "QUAY-02" ? 0.3 : 0.1);
            var answers = scheme.Criteria.Select(c =>
            {
                var level = unhappy && random.NextDouble() < 0.5 ? dissatisfied : satisfied;
                return new RatingAnswer(c.Code, level.Code, level.Value, level.IsSatisfied);
            }).ToList();
            if (unhappy && answers.All(a => a.IsSatisfied))
            {
                answers[2] = new RatingAnswer(answers[2].CriterionCode, dissatisfied.Code, dissatisfied.Value, false);
            }

            var dossier = new DossierReference($"DEMO-{at:yyMMdd}-{i:0000}", Procedures[i % Procedures.Length], unit, officer, counter);
            oneStop?.Dossiers.AddRange(DemoReturnedDossiers.For(dossier, at.AddMinutes(-2), i));
            await store.AddAsync(
                new Rating
                {
                    Id = Guid.CreateVersion7(at),
                    SchemeCode = scheme.Code,
                    SchemeVersion = scheme.Version,
                    Dossier = dossier,
                    Channel = (i % 10) switch { 0 => RatingChannel.Online, 1 => RatingChannel.Paper, _ => RatingChannel.CounterPad },
                    Answers = answers,
                    ResultReturnedAt = at.AddMinutes(-2),
                    SubmittedAt = at,
                    IdempotencyKey = $"demo:{i}",
                },
                cancellationToken);
        }

        if (oneStop is not null)
        {
            await oneStop.SaveChangesAsync(cancellationToken);
        }
    }
}
