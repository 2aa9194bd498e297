using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Alerts;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;
using SatisfactionKit.Units.Import;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers SatisfactionKit in an <see cref="IServiceCollection"/>.</summary>
public static class SatisfactionKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers SatisfactionKit's core services: schemes, validation, the rating service and the
    /// counter prompt coordinator. Every registration uses <c>TryAdd</c>, so a vendor may replace any
    /// service by registering its own first. Options are validated when the host starts.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddSatisfactionKit(o =>
    /// {
    ///     o.DefaultScheme = RatingSchemes.Hanoi2014;
    ///     o.PromptTimeout = TimeSpan.FromSeconds(30);
    /// })
    /// .AddEntityFrameworkStores&lt;OneStopDbContext&gt;();
    /// </code>
    /// </example>
    public static SatisfactionKitBuilder AddSatisfactionKit(this IServiceCollection services, Action<SatisfactionKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<SatisfactionKitOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SatisfactionKitOptions>, SatisfactionKitOptionsValidator>());
        // Each part reads its own view of SatisfactionKitOptions, copied by SatisfactionKitOptionsViews.
        services.TryAddSingleton<SatisfactionKitOptionsViews>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<PromptOptions>, SatisfactionKitOptionsViews>(sp => sp.GetRequiredService<SatisfactionKitOptionsViews>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<RatingOptions>, SatisfactionKitOptionsViews>(sp => sp.GetRequiredService<SatisfactionKitOptionsViews>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<RatingSchemeOptions>, SatisfactionKitOptionsViews>(sp => sp.GetRequiredService<SatisfactionKitOptionsViews>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOptionsChangeTokenSource<PromptOptions>, SatisfactionKitOptionsViews.ChangeTokens<PromptOptions>>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOptionsChangeTokenSource<RatingOptions>, SatisfactionKitOptionsViews.ChangeTokens<RatingOptions>>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOptionsChangeTokenSource<RatingSchemeOptions>, SatisfactionKitOptionsViews.ChangeTokens<RatingSchemeOptions>>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SatisfactionKitMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<IRatingSchemeProvider, RatingSchemeProvider>();
        services.TryAddSingleton<IValidator<RatingSubmission>, RatingSubmissionValidator>();
        services.TryAddSingleton<RatingService>();
        services.TryAddSingleton<IRatingService>(sp => sp.GetRequiredService<RatingService>());
        // One commit per press or two, decided once from what is registered (see PromptRatingPath).
        services.TryAddSingleton(PromptRatingPath.Choose);
        services.TryAddSingleton<IPromptCoordinator, PromptCoordinator>();

        services.AddOptions<ReportingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReportingOptions>, ReportingOptionsValidator>());
        services.TryAddSingleton<ReportCalendar>();
        services.AddOptions<UnitRegistryOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UnitRegistryOptions>, UnitRegistryOptionsValidator>());
        // The registry's cache is dropped, in this process, when the catalogue changes: the store announces it here.
        services.TryAddSingleton<UnitCatalogueChangeSignal>();
        services.TryAddSingleton<IUnitCatalogueChangeNotifier>(sp => sp.GetRequiredService<UnitCatalogueChangeSignal>());
        services.TryAddSingleton<IUnitRegistry, UnitRegistry>();
        services.TryAddSingleton<IUnitCatalogueImporter, UnitCatalogueImporter>();

        services.AddOptions<AlertingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertingOptions>, AlertingOptionsValidator>());
        services.TryAddSingleton<AlertMonitor>();
        services.TryAddSingleton<IAlertMonitor>(sp => sp.GetRequiredService<AlertMonitor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRatingObserver, AlertMonitor>(sp => sp.GetRequiredService<AlertMonitor>()));

        return new SatisfactionKitBuilder(services);
    }
}
