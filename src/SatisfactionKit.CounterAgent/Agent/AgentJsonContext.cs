using System.Text.Json;
using System.Text.Json.Serialization;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// The agent's JSON, source-generated so that the agent publishes NativeAOT: hub messages (enums as numbers, as
/// SignalR's JSON protocol sends them), the enrollment exchange, the credential file and the kept presses.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(AgentPress))]
[JsonSerializable(typeof(AgentPressAck))]
[JsonSerializable(typeof(PromptStatus))]
[JsonSerializable(typeof(RedeemRequest))]
[JsonSerializable(typeof(RedeemResponse))]
[JsonSerializable(typeof(DeviceCredential))]
[JsonSerializable(typeof(string))]
internal sealed partial class AgentJsonContext : JsonSerializerContext;
