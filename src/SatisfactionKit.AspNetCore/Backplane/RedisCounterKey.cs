using System.Globalization;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Backplane;

/// <summary>
/// A counter in a Redis key or message: <c>{unit length}:{unit}:{counter}</c>. The unit's length comes first, so that
/// no unit or counter code containing ':' can make two (unit, counter) pairs one key.
/// </summary>
internal static class RedisCounterKey
{
    public static string Encode(CounterKey counter) =>
        string.Create(CultureInfo.InvariantCulture, $"{counter.UnitCode.Length}:{counter.UnitCode}:{counter.CounterId}");

    public static CounterKey Decode(string encoded)
    {
        var colon = encoded.IndexOf(':', StringComparison.Ordinal);
        var length = int.Parse(encoded.AsSpan(0, colon), CultureInfo.InvariantCulture);
        return new CounterKey(encoded.Substring(colon + 1, length), encoded[(colon + 2 + length)..]);
    }
}
