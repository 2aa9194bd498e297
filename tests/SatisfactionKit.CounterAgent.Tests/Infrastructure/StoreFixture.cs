namespace SatisfactionKit.CounterAgent.Tests.Infrastructure;

/// <summary>
/// The clock the tests start from: the same instant as SatisfactionKit.EfCore.Tests' <c>StoreFixture.Start</c>,
/// under the same name so that the outbox tests read as they did there.
/// </summary>
public static class StoreFixture
{
    public static DateTimeOffset Start { get; } = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));
}
