namespace SatisfactionKit.Units;

/// <summary>
/// One version of a unit (đơn vị): its name, level and parent from <paramref name="ValidFrom"/> (inclusive)
/// to <paramref name="ValidTo"/> (exclusive, <see langword="null"/> while it is in effect). A unit whose
/// name, level or parent changes gets a new version; its code stays the same, kept exactly as given
/// (the national catalogue's codes are text: leading zeros and letters matter).
/// </summary>
/// <param name="Code">The unit's code, as given (at most 64 characters).</param>
/// <param name="Name">The name in Vietnamese, and in English when there is one (the English falls back to the Vietnamese otherwise).</param>
/// <param name="Level">The unit's level.</param>
/// <param name="ParentCode">The unit it belongs to in this version, or <see langword="null"/> for a top unit.</param>
/// <param name="ValidFrom">The first day of this version.</param>
/// <param name="ValidTo">The first day this version no longer holds, or <see langword="null"/> while it does.</param>
public sealed record UnitVersion(string Code, UnitName Name, UnitLevel Level, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo = null)
{
    /// <summary>The longest unit code (the column the ratings' <c>UnitCode</c> is kept in).</summary>
    public const int MaxCodeLength = 64;

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Whether this version holds on <paramref name="date"/>.</summary>
    public bool IsInEffectOn(DateOnly date) => ValidFrom <= date && (ValidTo is not { } to || date < to);
}
