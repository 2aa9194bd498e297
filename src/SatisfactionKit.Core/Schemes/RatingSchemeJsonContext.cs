using System.Text.Json;
using System.Text.Json.Serialization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// The source-generated serializer of <see cref="RatingSchemeJson"/>: no reflection at run time, so
/// a host published trimmed or NativeAOT reads and writes schemes the same way.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(RatingScheme))]
internal sealed partial class RatingSchemeJsonContext : JsonSerializerContext;
