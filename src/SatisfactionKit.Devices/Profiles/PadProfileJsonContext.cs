using System.Text.Json;
using System.Text.Json.Serialization;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// The source-generated reader of <see cref="PadProfileJson"/>: no reflection at run time, so a pad
/// host published trimmed or NativeAOT loads profile files the same way.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PadProfile))]
[JsonSerializable(typeof(List<PadProfile>))]
internal sealed partial class PadProfileJsonContext : JsonSerializerContext;
