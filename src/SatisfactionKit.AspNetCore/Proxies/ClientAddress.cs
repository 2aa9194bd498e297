using Microsoft.AspNetCore.Http;

namespace SatisfactionKit.Server.Proxies;

/// <summary>
/// Who is asking: the connection's remote address, which is the citizen's own once forwarded headers from a trusted
/// proxy have been applied (<see cref="ForwardedHeadersStartupFilter"/>). The citizen rate limit and the verification
/// code's per-client lockout both partition by it, so that they agree.
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : "unknown";
}
