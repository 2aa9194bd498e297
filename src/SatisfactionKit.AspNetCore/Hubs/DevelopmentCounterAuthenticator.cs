using Microsoft.AspNetCore.Http;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// DEVELOPMENT ONLY (<see cref="SatisfactionKitServerOptions.AllowDevelopmentCounterIdentities"/>): believes the
/// unit and counter the device names in <c>X-SatisfactionKit-Unit</c> / <c>X-SatisfactionKit-Counter</c> (or the
/// <c>unit</c> / <c>counter</c> query parameters, which browsers' WebSockets and EventSource can send).
/// </summary>
internal sealed class DevelopmentCounterAuthenticator : ICounterConnectionAuthenticator
{
    public const string UnitHeader = "X-SatisfactionKit-Unit";
    public const string CounterHeader = "X-SatisfactionKit-Counter";
    public const string DeviceHeader = "X-SatisfactionKit-Device";

    public ValueTask<CounterAuthenticationResult> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var unit = Read(context, UnitHeader, "unit");
        var counter = Read(context, CounterHeader, "counter");
        return ValueTask.FromResult(unit is null || counter is null
            ? CounterAuthenticationResult.Refuse("the development identity needs both a unit and a counter")
            : CounterAuthenticationResult.Accept(new CounterIdentity(unit, counter, Read(context, DeviceHeader, "device"))));
    }

    private static string? Read(HttpContext context, string header, string query)
    {
        var value = context.Request.Headers[header].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            value = context.Request.Query[query].ToString();
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
