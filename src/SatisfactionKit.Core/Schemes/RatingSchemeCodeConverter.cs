using System.ComponentModel;
using System.Globalization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// Reads a built-in scheme from its code, so that configuration can choose the default scheme as text:
/// <c>"SatisfactionKit": { "DefaultScheme": "SIPAS_22" }</c> or <c>SatisfactionKit__DefaultScheme=SIPAS_22</c>
/// (configuration binding asks a type's converter for text). An unknown code fails the binding with a
/// message that names the codes known; an agency-defined scheme is chosen in code.
/// </summary>
public sealed class RatingSchemeCodeConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is not string code)
        {
            return base.ConvertFrom(context, culture, value);
        }

        var known = string.Join(", ", RatingSchemes.All.Select(s => s.Code));
        return RatingSchemes.All.FirstOrDefault(s => string.Equals(s.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"Không có bộ tiêu chí dựng sẵn '{code}' (có: {known}). / There is no built-in scheme '{code}' (known: {known}).");
    }
}
