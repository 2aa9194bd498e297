namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>How long a roll-up cell's period is, in the reporting time zone.</summary>
internal enum RollupGrain
{
    Hour = 0,
    Day = 1,
    Month = 2,
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
/// Whether answers are rolled up too. The hour cube is for ratings only (the heat map), and so are the officer and
/// counter cubes (satisfaction by officer or counter without a scheme's Happy Index).
/// </param>
internal sealed record RollupCube(short Id, RollupGrain Grain, RollupDimensions Dimensions, bool Answers)
{
    /// <summary>Every cube, finest grain first. Changing this list needs a rebuild of the roll-ups.</summary>
    public static IReadOnlyList<RollupCube> All { get; } =
    [
        new(1, RollupGrain.Hour, RollupDimensions.None, Answers: false),
        new(2, RollupGrain.Day, RollupDimensions.None, Answers: true),
        new(3, RollupGrain.Month, RollupDimensions.Procedure, Answers: true),
        // Officers and counters by month, ratings only: their answer cells were a third of every write's cells
        // (P2a), and a report of criteria or a Happy Index by officer or counter reads the ratings instead.
        new(4, RollupGrain.Month, RollupDimensions.Officer, Answers: false),
        new(5, RollupGrain.Month, RollupDimensions.Counter, Answers: false),
        // Units by month: a year's view reads 12 cells per unit and channel where the day cube holds 365.
        new(6, RollupGrain.Month, RollupDimensions.None, Answers: true),
    ];

    /// <summary>The start of the period of this cube that holds <paramref name="local"/> (a wall-clock time).</summary>
    public DateTime PeriodOf(DateTime local) => Start(Grain, local);

    /// <summary>Whether <paramref name="local"/> is the start of a period of <paramref name="grain"/>.</summary>
    public static bool IsBoundary(RollupGrain grain, DateTime local) => Start(grain, local) == local;

    private static DateTime Start(RollupGrain grain, DateTime local) => grain switch
    {
        RollupGrain.Hour => new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Utc),
        RollupGrain.Day => new DateTime(local.Year, local.Month, local.Day, 0, 0, 0, DateTimeKind.Utc),
        _ => new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
