using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Server.Proxies;

/// <summary>
/// Applies <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> first in the pipeline, from the proxies and networks
/// named in <see cref="SatisfactionKitServerOptions.KnownProxies"/> and <see cref="SatisfactionKitServerOptions.KnownNetworks"/>
/// only (ASP.NET Core's own loopback defaults are cleared). With neither set it adds nothing: forwarded headers are
/// then ignored. The options are its own, so a vendor's own <c>UseForwardedHeaders</c> configuration is untouched.
/// </summary>
internal sealed class ForwardedHeadersStartupFilter(IOptions<SatisfactionKitServerOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var server = options.Value;
        if (server.KnownProxies.Count > 0 || server.KnownNetworks.Count > 0)
        {
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
                ForwardLimit = server.ForwardLimit,
            };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in server.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in server.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            app.UseForwardedHeaders(forwarded);
        }

        next(app);
    };
}
