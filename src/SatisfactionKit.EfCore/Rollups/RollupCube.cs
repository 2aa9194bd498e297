namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>How long a roll-up cell's period is, in the reporting time zone.</summary>
internal enum RollupGrain
{
    Hour = 0,
    Day = 1,
    Month = 2,
    Year = 3,
}

/// <summary>The dimensions a cube keeps beside unit, channel, scheme and chain, which every cube keeps.</summary>
[Flags]
internal enum RollupDimensions
{
    None = 0,
    Procedure = 1,
    Officer = 2,
    Counter = 4,
}

/// <summary>
/// One set of roll-up cells: a period length and the dimensions kept. A report reads the coarsest cube that
/// keeps every dimension it filters or groups by and whose periods fit its range; one cube per detail keeps
/// each small where one cube of every dimension would have as many cells as ratings.
/// </summary>
/// <param name="Id">Stored in each cell.</param>
/// <param name="Grain">The period length.</param>
/// <param name="Dimensions">Dimensions kept beyond unit, channel and scheme.</param>
/// <param name="Answers">
/// Whether answers are rolled up too. The heat map's cubes are for ratings only, and so are the officer and
/// counter cubes (satisfaction by officer or counter without a scheme's Happy Index).
/// </param>
/// <param name="WeekdayHours">
/// Whether a cell is one hour of one weekday within the period, for the hour × weekday heat map: its period is
/// stored as that weekday's first date in the period, at that hour, so the heat map groups its cells as it
/// groups ratings, and a range of whole periods selects them. Read by the heat map only.
/// </param>
internal sealed record RollupCube(short Id, RollupGrain Grain, RollupDimensions Dimensions, bool Answers, bool WeekdayHours = false)
{
    /// <summary>
    /// The number of the cells' layout, stored by a rebuild (<c>RollupStateEntity.Layout</c>): raised with every
    /// change to <see cref="All"/> or to what a cell counts, so that roll-ups laid out otherwise are not read
    /// before a rebuild. 2: cells count dissatisfied ratings with a dossier; year cubes; weekday-hour cubes
    /// in place of the hour cube; officer and counter cubes without answers. 3: the repeated dissatisfied
    /// ratings kept beside the dossier codes' counts (<c>RepeatedDissatisfiedRatingEntity</c>).
    /// </summary>
    public const int Layout = 3;

    /// <summary>Every cube. Changing this list needs a rebuild of the roll-ups (and a new <see cref="Layout"/>).</summary>
    public static IReadOnlyList<RollupCube> All { get; } =
    [
        new(2, RollupGrain.Day, RollupDimensions.None, Answers: true),
        new(3, RollupGrain.Month, RollupDimensions.Procedure, Answers: true),
        // Officers and counters by month, ratings only: their answer cells were a third of every write's cells
        // (P2a), and a report of criteria or a Happy Index by officer or counter reads the ratings instead.
        new(4, RollupGrain.Month, RollupDimensions.Officer, Answers: false),
        new(5, RollupGrain.Month, RollupDimensions.Counter, Answers: false),
        // Units by month: a year's view reads 12 cells per unit and channel where the day cube holds 365.
        new(6, RollupGrain.Month, RollupDimensions.None, Answers: true),
        // The heat map of a month and of a year: 168 cells per unit and channel at most, where hours would be 720 and 8,760.
        new(7, RollupGrain.Month, RollupDimensions.None, Answers: false, WeekdayHours: true),
        new(8, RollupGrain.Year, RollupDimensions.None, Answers: false, WeekdayHours: true),
        // Procedures by year: a year's view by procedure reads one cell per unit and procedure, not twelve.
        new(9, RollupGrain.Year, RollupDimensions.Procedure, Answers: true),
    ];

    /// <summary>The period of this cube's cell that holds <paramref name="local"/> (a wall-clock time).</summary>
    public DateTime PeriodOf(DateTime local)
    {
        var start = Start(Grain, local);
        if (!WeekdayHours)
        {
            return start;
        }

        // The first date in the period with local's weekday, at local's hour: still inside the period (a period
        // here is a month or a year, which holds every weekday in its first seven days).
        var days = ((int)local.DayOfWeek - (int)start.DayOfWeek + 7) % 7;
        return start.AddDays(days).AddHours(local.Hour);
    }

    /// <summary>Whether <paramref name="local"/> is the start of a period of <paramref name="grain"/>.</summary>
    public static bool IsBoundary(RollupGrain grain, DateTime local) => Start(grain, local) == local;

    private static DateTime Start(RollupGrain grain, DateTime local) => grain switch
    {
        RollupGrain.Hour => new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Utc),
        RollupGrain.Day => new DateTime(local.Year, local.Month, local.Day, 0, 0, 0, DateTimeKind.Utc),
        RollupGrain.Month => new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Utc),
        _ => new DateTime(local.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
