using System.Globalization;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Units;

/// <summary>A unit's name in Vietnamese and, optionally, English.</summary>
/// <param name="Vi">The name in Vietnamese, with diacritics (<c>UBND phường Bến Nghé</c>).</param>
/// <param name="En">The name in English, or <see langword="null"/> to show the Vietnamese one in English too.</param>
public sealed record UnitName(string Vi, string? En = null)
{
    /// <summary>The name for <paramref name="culture"/> (the current UI culture by default).</summary>
    public string Get(CultureInfo? culture = null) => new LocalizedText(Vi, En ?? Vi).Get(culture);

    /// <inheritdoc />
    public override string ToString() => Get();
}
