using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit;

/// <summary>
/// Returned by <c>AddSatisfactionKit()</c>; the other packages extend it
/// (<c>.AddEntityFrameworkStores&lt;TContext&gt;()</c>, <c>.AddRatingPads(…)</c>).
/// </summary>
public sealed class SatisfactionKitBuilder
{
    internal SatisfactionKitBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection SatisfactionKit is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Changes the options further.</summary>
    public SatisfactionKitBuilder Configure(Action<SatisfactionKitOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }

    /// <summary>Changes the real-time alert rules.</summary>
    public SatisfactionKitBuilder ConfigureAlerts(Action<Alerts.AlertingOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }

    /// <summary>Changes when reports fall due and the time zone periods are cut in.</summary>
    public SatisfactionKitBuilder ConfigureReporting(Action<Reports.ReportingOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}
