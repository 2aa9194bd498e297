using System.Globalization;

namespace SatisfactionKit.Localization;

/// <summary>The two cultures SatisfactionKit speaks: Vietnamese (default) and English.</summary>
public static class SatisfactionKitCultures
{
    /// <summary>Vietnamese (Việt Nam), the default culture of every message.</summary>
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>English, chosen when the current UI culture is any English culture.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Whether <paramref name="culture"/> (or one of its parents) is English.</summary>
    public static bool IsEnglish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);
}
