using System.Text.Json;
using System.Text.Json.Serialization;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// Reads a profile's <c>vendorId</c>, <c>productId</c> and <c>usagePage</c>: a JSON number is decimal,
/// a string is hex (<c>"0x1a86"</c> or <c>"1a86"</c>, as datasheets write them). Anything else is a
/// <see cref="JsonException"/> naming the value, so a profile file is refused when the options are validated at start.
/// </summary>
internal sealed class UsbIdJsonConverter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && UsbId.InRange(number):
                return (int)number;
            case JsonTokenType.String when UsbId.TryParseHex(reader.GetString(), out var id):
                return id;
            default:
                var text = reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : reader.TokenType.ToString();
                throw new JsonException($"{text} is not {UsbId.Expected}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } id)
        {
            writer.WriteStringValue($"0x{id:x4}");
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
