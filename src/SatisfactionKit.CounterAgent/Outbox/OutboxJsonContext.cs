using System.Text.Json.Serialization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// The outbox's payload format (version <see cref="OutboxDatabase.PayloadFormat"/>): a rating as JSON,
/// source-generated so that no reflection runs on the counter. Computed properties such as
/// <see cref="Rating.IsSatisfied"/> are left out; a rating read back encodes to the same bytes
/// (<see cref="SatisfactionKit.Integrity.RatingEncoding"/>) as the one written, which the tests check.
/// </summary>
[JsonSourceGenerationOptions(
    IgnoreReadOnlyProperties = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(Rating))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
