using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Server;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// One server node: a real Kestrel on 127.0.0.1 (a free port), SQLite file shared with the other nodes, optionally the
/// Redis backplane. <see cref="NodeSetup.VendorSignIn"/> adds a test scheme standing for the vendor's own sign-in:
/// a request with <c>X-Test-User</c> is a signed-in officer.
/// </summary>
internal sealed class TestNode : IAsyncDisposable
{
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";
    public const string UnitsHeader = "X-Test-Units";

    private TestNode(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<TestNode> StartAsync(NodeSetup setup)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls(setup.Url);
        if (Environment.GetEnvironmentVariable("SATISFACTIONKIT_TEST_LOG") != "1")
        {
            builder.Logging.ClearProviders();
        }

        builder.Services.AddDbContext<SatisfactionKitDbContext>(o =>
        {
            if (setup.UseDatabase is { } use)
            {
                use(o);
            }
            else
            {
                o.UseSqlite($"Data Source={setup.DatabasePath};Default Timeout=30");
            }
        });
        builder.Services.AddHealthChecks().AddSatisfactionKitDatabase<SatisfactionKitDbContext>();
        builder.Services.AddSingleton<IDossierStatusSource, TestDossiers>();
        var server = builder.Services.AddSatisfactionKit(o => o.MinimumResponseInterval = TimeSpan.Zero)
            .AddEntityFrameworkStores<SatisfactionKitDbContext>()
            .AddChannels(o => o.SigningKey = Convert.ToBase64String(new byte[32]))
            .AddServer(o =>
            {
                o.AllowDevelopmentCounterIdentities = setup.DevelopmentDevices;
                if (setup.NodeId is { } id)
                {
                    o.NodeId = id;
                }

                setup.Server?.Invoke(o);
            });
        if (setup.DeviceEnrollment)
        {
            server.UseDeviceEnrollment();
        }

        if (setup.Redis is { } redis)
        {
            server.UseRedisBackplane(redis, setup.RedisPrefix);
        }

        if (setup.VendorSignIn)
        {
            builder.Services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = "Test";
                o.DefaultChallengeScheme = "Test";
            }).AddScheme<AuthenticationSchemeOptions, TestSignIn>("Test", null);
        }

        var app = builder.Build();
        if (setup.CreateDatabase)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync();
        }

        app.MapHealthChecks("/health");
        setup.Map?.Invoke(app);
        app.UseSatisfactionKit();
        if (Environment.GetEnvironmentVariable("SATISFACTIONKIT_TEST_EXCEPTIONS") is { Length: > 0 } exceptions)
        {
            // Debugging aid: what a 500 hid, written to a file (the handler above still answers).
            app.Use(async (context, next) =>
            {
                try
                {
                    await next(context);
                }
                catch (Exception ex)
                {
                    await File.AppendAllTextAsync(exceptions, $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}\n{ex}\n\n");
                    throw;
                }
            });
        }

        app.MapSatisfactionKit("/api");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestNode(app, new Uri(address));
    }

    /// <summary>An HTTP client of this node; an officer when <paramref name="officer"/>, anonymous otherwise.</summary>
    public HttpClient Client(bool officer = false, string? language = null, string? roles = null, string? units = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (officer)
        {
            client.DefaultRequestHeaders.Add(UserHeader, "CB-007");
        }

        if (roles is not null)
        {
            client.DefaultRequestHeaders.Add(RolesHeader, roles);
        }

        if (units is not null)
        {
            client.DefaultRequestHeaders.Add(UnitsHeader, units);
        }

        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return client;
    }

    /// <summary>A counter device's hub connection (development identity), not started.</summary>
    public HubConnection Device(string unit, string counter, string device = "PAD-TEST") =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Address, Services.GetRequiredService<IOptions<SatisfactionKitServerOptions>>().Value.HubPath), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.Headers["X-SatisfactionKit-Unit"] = unit;
                o.Headers["X-SatisfactionKit-Counter"] = counter;
                o.Headers["X-SatisfactionKit-Device"] = device;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();

    /// <summary>A counter device's hub connection with an enrolled credential (sent as a bearer token), not started.</summary>
    public HubConnection EnrolledDevice(string credential, string? namesCounter = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Address, Services.GetRequiredService<IOptions<SatisfactionKitServerOptions>>().Value.HubPath), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(credential);
                if (namesCounter is not null)
                {
                    o.Headers["X-SatisfactionKit-Counter"] = namesCounter;
                }
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers[UserHeader].ToString() is { Length: > 0 } user
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(
                    [
                        new Claim(ClaimTypes.Name, user),
                        .. Request.Headers[RolesHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)),
                        .. Request.Headers[UnitsHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Claim(SatisfactionKitClaims.Unit, u)),
                    ],
                    "Test")), "Test"))
                : AuthenticateResult.NoResult());
    }
}

/// <summary>How a <see cref="TestNode"/> is set up.</summary>
internal sealed record NodeSetup(string DatabasePath)
{
    /// <summary>Where Kestrel listens: a free port by default, a fixed one for a node restarted under its agents.</summary>
    public string Url { get; init; } = "http://127.0.0.1:0";

    public string? Redis { get; init; }

    public string RedisPrefix { get; init; } = $"sk-test-{Guid.NewGuid():N}:";

    public string? NodeId { get; init; }

    public bool DevelopmentDevices { get; init; } = true;

    public bool VendorSignIn { get; init; } = true;

    /// <summary>Whether devices are identified by enrolled credentials (<c>UseDeviceEnrollment()</c>).</summary>
    public bool DeviceEnrollment { get; init; }

    /// <summary>Another database than the SQLite file at <see cref="DatabasePath"/>.</summary>
    public Action<DbContextOptionsBuilder>? UseDatabase { get; init; }

    /// <summary>Whether the node creates its schema at start.</summary>
    public bool CreateDatabase { get; init; } = true;

    /// <summary>The vendor's own endpoints beside SatisfactionKit's.</summary>
    public Action<WebApplication>? Map { get; init; }

    /// <summary>More server options (proxies, limits).</summary>
    public Action<SatisfactionKitServerOptions>? Server { get; init; }
}
