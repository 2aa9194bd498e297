using System.Text.Json;
using System.Text.Json.Serialization;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>The JSON form of exported checkpoints: camelCase, indented for people, no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<ChainCheckpoint>))]
internal sealed partial class ChainCheckpointJson : JsonSerializerContext;
