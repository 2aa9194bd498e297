namespace SatisfactionKit.Server.Hubs;

/// <summary>What <see cref="ICounterConnectionAuthenticator"/> decided about a device's request.</summary>
public sealed record CounterAuthenticationResult
{
    private CounterAuthenticationResult(CounterIdentity? identity, string? failure)
    {
        Identity = identity;
        Failure = failure;
    }

    /// <summary>The counter the device serves, when accepted.</summary>
    public CounterIdentity? Identity { get; }

    /// <summary>Why it was refused (for the log, never shown to the caller), when refused.</summary>
    public string? Failure { get; }

    /// <summary>Whether the device was accepted.</summary>
    public bool Succeeded => Identity is not null;

    /// <summary>The device serves <paramref name="identity"/>.</summary>
    public static CounterAuthenticationResult Accept(CounterIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrWhiteSpace(identity.UnitCode, nameof(identity));
        ArgumentException.ThrowIfNullOrWhiteSpace(identity.CounterId, nameof(identity));
        return new(identity, null);
    }

    /// <summary>The device is refused, for <paramref name="reason"/>.</summary>
    public static CounterAuthenticationResult Refuse(string reason) => new(null, reason);
}
