using System.Text.Json.Serialization;
using SatisfactionKit.Alerts;

namespace SatisfactionKit.Notifications.Alerts;

/// <summary>The JSON body of a web hook alert (documented in docs/core.md); names are camelCase and stable.</summary>
internal sealed record AlertPayload(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("scopeKey")] string ScopeKey,
    [property: JsonPropertyName("windowStart")] DateTimeOffset WindowStart,
    [property: JsonPropertyName("raisedAt")] DateTimeOffset RaisedAt,
    [property: JsonPropertyName("ratings")] int Ratings,
    [property: JsonPropertyName("dissatisfied")] int Dissatisfied,
    [property: JsonPropertyName("text")] string Text)
{
    public static AlertPayload From(SatisfactionAlert alert) => new(
        alert.Id, alert.RuleCode, alert.Scope.ToString(), alert.ScopeKey, alert.WindowStart, alert.RaisedAt, alert.Ratings, alert.Dissatisfied, alert.ToString());
}
