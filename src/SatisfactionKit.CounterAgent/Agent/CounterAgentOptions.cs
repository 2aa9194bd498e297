namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// How a counter agent reaches the central server (<c>AddCounterAgent</c>), validated when the host starts. Read from
/// the agent's settings file (section <c>CounterAgent</c> in the sample), never set in code on a counter PC.
/// </summary>
public sealed class CounterAgentOptions
{
    /// <summary>The central server's address, e.g. <c>https://one-stop.example.vn/</c> (HTTPS except on loopback).</summary>
    public Uri? ServerUrl { get; set; }

    /// <summary>The path of the server's API group (the prefix given to <c>MapSatisfactionKit</c>): enrollment is <c>{ApiPath}/devices/redeem</c>.</summary>
    public string ApiPath { get; set; } = "/api";

    /// <summary>The file that keeps the device credential (created by enrollment, readable only by the agent's account).</summary>
    public string? CredentialPath { get; set; }

    /// <summary>A one-time enrollment code from an administrator: redeemed at start when <see cref="CredentialPath"/> does not exist yet.</summary>
    public string? EnrollmentCode { get; set; }

    /// <summary>The agent's outbox of presses (a SQLite file on the PC's own disk).</summary>
    public string? OutboxPath { get; set; }

    /// <summary>First wait before connecting again after the server was unreachable; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two connection attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a press waits for the server's answer before the pad thanks the citizen from the outbox alone.</summary>
    public TimeSpan AnswerWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>One delivery of a kept press is abandoned (and tried again) after this.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the deliverer looks at the outbox when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
