using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.CounterAgent.Outbox;
using SatisfactionKit.Ratings;

// The extension lives in the DI namespace, as Core's AddSatisfactionKit does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Keeps a counter machine's ratings safe while the central store is unreachable.</summary>
public static class SatisfactionKitOutboxBuilderExtensions
{
    /// <summary>
    /// Puts a local outbox in front of the <see cref="IRatingStore"/> registered so far (the central
    /// store, for example <c>AddEntityFrameworkStores&lt;CentralDbContext&gt;()</c> on PostgreSQL):
    /// ratings are written to a SQLite file on the counter machine, acknowledged once that write is on
    /// disk, and delivered to the central store by a hosted service with retries, in order per counter,
    /// without duplicates. Call it after the central store's registration.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddSatisfactionKit()
    ///         .AddEntityFrameworkStores&lt;CentralDbContext&gt;()
    ///         .AddRatingOutbox(o =&gt; o.DatabasePath = @"C:\ProgramData\OneStop\satisfaction-outbox.db");
    /// services.AddHealthChecks().AddRatingOutboxHealthCheck();
    /// </code>
    /// </example>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <param name="configure">Sets <see cref="RatingOutboxOptions.DatabasePath"/> and, if needed, the retry and health thresholds.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">No <see cref="IRatingStore"/> is registered yet, or the outbox is added twice.</exception>
    public static SatisfactionKitBuilder AddRatingOutbox(this SatisfactionKitBuilder builder, Action<RatingOutboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;

        if (services.Any(d => d.ServiceType == typeof(RatingOutbox)))
        {
            throw new InvalidOperationException("AddRatingOutbox() đã được gọi. / AddRatingOutbox() has already been called.");
        }

        var central = services.LastOrDefault(d => d.ServiceType == typeof(IRatingStore) && !d.IsKeyedService)
            ?? throw new InvalidOperationException(
                "AddRatingOutbox(): chưa có kho đánh giá trung tâm; hãy gọi AddEntityFrameworkStores<T>() (hoặc đăng ký IRatingStore) trước. / " +
                "AddRatingOutbox(): no central rating store is registered; call AddEntityFrameworkStores<T>() (or register an IRatingStore) first.");
        services.Remove(central);
        services.AddKeyedSingleton<IRatingStore>(RatingOutbox.CentralStoreKey, (sp, _) => CreateCentral(sp, central));

        services.AddOptions<RatingOutboxOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RatingOutboxOptions>, RatingOutboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RatingOutbox>();
        services.AddSingleton<IRatingOutbox>(sp => sp.GetRequiredService<RatingOutbox>());
        services.AddSingleton(sp => new OutboxMetrics(sp.GetRequiredService<SatisfactionKitMetrics>(), sp.GetRequiredService<RatingOutbox>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRatingStore>(sp => new OutboxRatingStore(
            sp.GetRequiredKeyedService<IRatingStore>(RatingOutbox.CentralStoreKey),
            sp.GetRequiredService<RatingOutbox>(),
            sp.GetRequiredService<OutboxMetrics>(),
            sp.GetRequiredService<IOptions<RatingOutboxOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboxRatingStore>>()));
        services.AddSingleton<IHostedService, RatingOutboxForwarder>();
        return builder;
    }

    /// <summary>
    /// Adds the outbox's health check (<c>AddSatisfactionKit()…AddRatingOutbox(…)</c> must be called too):
    /// Degraded when the oldest undelivered rating is older than <see cref="RatingOutboxOptions.DegradedAfter"/>,
    /// <paramref name="failureStatus"/> when delivery has failed <see cref="RatingOutboxOptions.UnhealthyAfterFailures"/> times in a row.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name. Default <c>satisfactionkit-outbox</c>.</param>
    /// <param name="failureStatus">What a failing delivery reports. Default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter the check by, for example <c>ready</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static IHealthChecksBuilder AddRatingOutboxHealthCheck(
        this IHealthChecksBuilder builder,
        string name = "satisfactionkit-outbox",
        HealthStatus failureStatus = HealthStatus.Unhealthy,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            sp => ActivatorUtilities.CreateInstance<RatingOutboxHealthCheck>(sp),
            failureStatus,
            tags));
    }

    private static IRatingStore CreateCentral(IServiceProvider services, ServiceDescriptor central) =>
        (IRatingStore)(central.ImplementationInstance
            ?? central.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, central.ImplementationType!));
}
