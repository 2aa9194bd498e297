namespace SatisfactionKit.Prompts;

/// <summary>
/// A counter as the prompt flow knows it: the unit it belongs to and its id within that unit. Two units may each
/// have a counter <c>QUAY-01</c>; each has its own prompt, its own gate and its own devices.
/// </summary>
/// <param name="UnitCode">The unit (agency) the counter belongs to, as the unit registry names it.</param>
/// <param name="CounterId">The counter's id within its unit.</param>
public readonly record struct CounterKey(string UnitCode, string CounterId)
{
    /// <summary><c>unit/counter</c>, for logs and messages.</summary>
    public override string ToString() => UnitCode + "/" + CounterId;
}
