using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Agent;

// The counter hub's and the enrollment endpoint's messages as the server's JSON has them (SatisfactionKit.AspNetCore's
// PadPress, PadPressAck, redeem bodies); declared here so that a counter PC carries no server package.

/// <summary>A press sent to the hub's <c>Press</c>.</summary>
internal sealed record AgentPress(
    string? LevelCode,
    IReadOnlyList<string>? CriterionCodes,
    IReadOnlyList<string>? ReasonCodes,
    RatingChannel? Channel,
    string? IdempotencyKey);

/// <summary>The hub's answer to a press.</summary>
internal sealed record AgentPressAck(PressDisposition Disposition, StrayPressReason? StrayReason, PromptStatus? Status);

/// <summary>The body of <c>POST devices/redeem</c>.</summary>
internal sealed record RedeemRequest(string EnrollmentCode);

/// <summary>The answer of <c>POST devices/redeem</c>.</summary>
internal sealed record RedeemResponse(string DeviceId, string UnitCode, string CounterId, string Credential, string HubPath);
