using System.Globalization;
using System.Text.Json.Serialization;

namespace SatisfactionKit.Localization;

/// <summary>
/// A text in Vietnamese (the default, as the sources are written) and English.
/// </summary>
/// <param name="Vi">The Vietnamese text, with diacritics.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(
    [property: JsonPropertyName("vi")] string Vi,
    [property: JsonPropertyName("en")] string En)
{
    /// <summary>The text for <paramref name="culture"/>: English for any English culture, Vietnamese otherwise.</summary>
    public string Get(CultureInfo? culture = null) =>
        SatisfactionKitCultures.IsEnglish(culture ?? CultureInfo.CurrentUICulture) ? En : Vi;

    /// <inheritdoc />
    public override string ToString() => Get();
}
