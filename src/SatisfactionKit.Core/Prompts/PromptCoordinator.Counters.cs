using System.Collections.Concurrent;

namespace SatisfactionKit.Prompts;

/// <summary>
/// The coordinator's counters: one slot per (unit, counter id), and the units each counter id is known in, so that a
/// counter named by its id alone is taken only when one unit has it.
/// </summary>
internal sealed partial class PromptCoordinator
{
    private readonly ConcurrentDictionary<CounterKey, CounterSlot> _counters = new();

    // The units each counter id is known in, for a counter named by its id alone (a pad bound to a counter only).
    private readonly ConcurrentDictionary<string, string[]> _unitsByCounter = new(StringComparer.Ordinal);

    private CounterSlot Slot(CounterKey counter)
    {
        if (_counters.TryGetValue(counter, out var slot))
        {
            return slot;
        }

        slot = _counters.GetOrAdd(counter, static _ => new CounterSlot());
        _unitsByCounter.AddOrUpdate(
            counter.CounterId,
            static (_, unit) => [unit],
            static (_, units, unit) => units.Contains(unit, StringComparer.Ordinal) ? units : [.. units, unit],
            counter.UnitCode);
        return slot;
    }

    /// <summary>
    /// The counter a counter id alone names: the one unit that has it, <see langword="null"/> when none does (no
    /// prompt was ever opened there), refused when several do.
    /// </summary>
    private CounterKey? Resolve(string counterId) =>
        !_unitsByCounter.TryGetValue(counterId, out var units) ? null
        : units.Length == 1 ? new CounterKey(units[0], counterId)
        : throw new AmbiguousCounterException(counterId, [.. units.Order(StringComparer.Ordinal)]);
}
