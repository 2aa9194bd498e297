namespace SatisfactionKit.Server;

/// <summary>
/// The server side's options (<c>AddServer(o =&gt; …)</c>), validated when the host starts.
/// </summary>
public sealed class SatisfactionKitServerOptions
{
    /// <summary>Where <c>MapSatisfactionKit()</c> maps the counter hub, beside the API group. Default <c>/hubs/counters</c>.</summary>
    public string HubPath { get; set; } = "/hubs/counters";

    /// <summary>
    /// The page a rating link on a receipt opens; the link's signed token is added as <c>?t=</c>. Default <c>/rate.html</c>.
    /// </summary>
    public string RatingPagePath { get; set; } = "/rate.html";

    /// <summary>
    /// DEVELOPMENT ONLY. When <see langword="true"/>, a counter device may name its counter itself, in the
    /// <c>X-SatisfactionKit-Unit</c> / <c>X-SatisfactionKit-Counter</c> headers or the <c>unit</c> / <c>counter</c>
    /// query parameters, with no credential at all. Off by default: then a device is refused unless an
    /// <see cref="Hubs.ICounterConnectionAuthenticator"/> is registered (device enrollment plugs in there).
    /// </summary>
    public bool AllowDevelopmentCounterIdentities { get; set; }

    /// <summary>
    /// With several nodes: how long a node waits for the node that owns a counter's prompt to answer a press
    /// or a cancel forwarded to it. Default 5 seconds.
    /// </summary>
    public TimeSpan NodeCallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// With several nodes: this node's name on the backplane; unique per running process. Default: the machine
    /// name and a random suffix, new at each start.
    /// </summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid():N}"[..^24];

    /// <summary>
    /// The reverse proxies (IP addresses, such as <c>10.0.0.5</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed. When this and <see cref="KnownNetworks"/> are both empty (the default),
    /// forwarded headers are ignored: behind a proxy every citizen is then the proxy's one address, and the
    /// per-client limits (<see cref="CitizenPermitLimit"/>, the verification code's per-client lockout) would
    /// lock out everyone at once. Validated at start.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>The networks (CIDR, such as <c>10.0.0.0/24</c>) of trusted reverse proxies; see <see cref="KnownProxies"/>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row are trusted in <c>X-Forwarded-For</c> (a CDN in front of a load balancer: 2). Default 1.</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>
    /// How many requests one client address may make to the citizen endpoints (online rating, status look-up, links,
    /// the online form's scheme) in <see cref="CitizenWindow"/>; over it the answer is 429 with <c>Retry-After</c>.
    /// Default 30.
    /// </summary>
    public int CitizenPermitLimit { get; set; } = 30;

    /// <summary>The window of <see cref="CitizenPermitLimit"/>. Default 1 minute.</summary>
    public TimeSpan CitizenWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Device enrollment: how long a one-time enrollment code may be redeemed after the administrator asked for it.
    /// Default 15 minutes; at most a day.
    /// </summary>
    public TimeSpan EnrollmentCodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Device enrollment: how often an enrolled device's last-seen time is written, at most (it is checked on every
    /// request, but written only when older than this). Default 1 minute.
    /// </summary>
    public TimeSpan DeviceLastSeenInterval { get; set; } = TimeSpan.FromMinutes(1);
}
