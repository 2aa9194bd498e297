using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.CounterAgent.Agent;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

// The extension lives in the DI namespace, as Core's AddSatisfactionKit does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Makes a host the counter agent of one counter PC (docs/deployment.md, "The counter agent").</summary>
public static class SatisfactionKitCounterAgentBuilderExtensions
{
    /// <summary>
    /// Adds the counter agent: a hosted worker that holds the device credential (enrolling with a one-time code when it
    /// has none), keeps the hub connection to the central server with reconnects and backoff, lights this PC's pads on
    /// the server's prompts and keeps every press in a local SQLite outbox before the pad thanks the citizen, delivering
    /// them in order with device-scoped idempotency keys whenever the server is reachable. It becomes the pads' prompt
    /// coordinator; register the pads with <c>AddRatingPads</c>, or use the overload that reads them from settings.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <param name="configure">Sets the server, credential and outbox (validated at start).</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static SatisfactionKitBuilder AddCounterAgent(this SatisfactionKitBuilder builder, Action<CounterAgentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<CounterAgentOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CounterAgentOptions>, CounterAgentOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new PressOutbox(sp.GetRequiredService<IOptions<CounterAgentOptions>>().Value.OutboxPath!));
        services.TryAddSingleton<PressDelivery>();
        services.TryAddSingleton<PadPresence>();
        services.TryAddSingleton<PromptMirror>();
        services.TryAddSingleton<CounterAgentEnrollment>();

        // Ratings, prompt records and strays are stored by the server from the delivered presses: none on the counter PC.
        services.TryAddSingleton<ServerSideStores>();
        services.TryAddSingleton<IRatingStore>(sp => sp.GetRequiredService<ServerSideStores>());
        services.TryAddSingleton<IPromptStore>(sp => sp.GetRequiredService<ServerSideStores>());

        // The pads' coordinator is the server's, seen through the hub: the core's local one is not used on a counter PC.
        services.Replace(ServiceDescriptor.Singleton<IPromptCoordinator>(sp => sp.GetRequiredService<PromptMirror>()));
        if (!services.Any(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService) && d.ImplementationType == typeof(CounterAgentWorker)))
        {
            services.AddHostedService<CounterAgentWorker>();
        }

        return builder;
    }

    /// <summary>
    /// Adds the counter agent from its settings section alone (a counter PC is set up by enrollment and configuration,
    /// never by code): the keys of <see cref="CounterAgentOptions"/>, and the pads from the sub-section <c>Pads</c>
    /// (<c>AddRatingPads(section.GetSection("Pads"))</c>, docs/devices.md). Keys are read directly, without reflection,
    /// so the agent publishes NativeAOT; a value that cannot be read stops the host at start, naming its key.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <param name="section">The agent's section, e.g. <c>builder.Configuration.GetSection("CounterAgent")</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static SatisfactionKitBuilder AddCounterAgent(this SatisfactionKitBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.AddCounterAgent(o => Bind(section, o));
        var pads = section.GetSection("Pads");
        return pads.Exists() ? builder.AddRatingPads(pads) : builder;
    }

    private static void Bind(IConfiguration section, CounterAgentOptions o)
    {
        if (section["ServerUrl"] is { Length: > 0 } url)
        {
            o.ServerUrl = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed
                : throw new OptionsValidationException("CounterAgent", typeof(CounterAgentOptions), [$"CounterAgent:ServerUrl '{url}' không phải địa chỉ hợp lệ. / is not a valid address."]);
        }

        o.ApiPath = section["ApiPath"] ?? o.ApiPath;
        o.CredentialPath = section["CredentialPath"] ?? o.CredentialPath;
        o.EnrollmentCode = section["EnrollmentCode"] ?? o.EnrollmentCode;
        o.OutboxPath = section["OutboxPath"] ?? o.OutboxPath;
        o.ReconnectDelay = Time(section, "ReconnectDelay", o.ReconnectDelay);
        o.MaxReconnectDelay = Time(section, "MaxReconnectDelay", o.MaxReconnectDelay);
        o.AnswerWait = Time(section, "AnswerWait", o.AnswerWait);
        o.DeliveryTimeout = Time(section, "DeliveryTimeout", o.DeliveryTimeout);
        o.PollInterval = Time(section, "PollInterval", o.PollInterval);
    }

    private static TimeSpan Time(IConfiguration section, string key, TimeSpan fallback) =>
        section[key] is not { Length: > 0 } text ? fallback
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value
        : throw new OptionsValidationException("CounterAgent", typeof(CounterAgentOptions), [$"CounterAgent:{key} '{text}' không phải khoảng thời gian (hh:mm:ss). / is not a time span (hh:mm:ss)."]);
}
