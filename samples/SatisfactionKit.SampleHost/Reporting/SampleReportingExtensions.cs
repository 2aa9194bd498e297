using SatisfactionKit.Reports;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.Reporting;

/// <summary>
/// The sample's reporting wiring: the one-stop tables as the dossier source of the quotas and QĐ 766
/// (<see cref="OneStopDossierStatisticsSource"/>: dossiers returned per unit) and the sampling plan from
/// configuration (<see cref="SamplingPlanSettings"/>).
/// </summary>
public static class SampleReportingExtensions
{
    public static IServiceCollection AddSampleReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IDossierStatisticsSource, OneStopDossierStatisticsSource>();
        // Procedures by name in the report, the workbook's "Theo thủ tục" sheet and the dashboard.
        services.AddSingleton<IReportNameSource, OneStopReportNameSource>();
        var plan = configuration.GetSection(SamplingPlanSettings.Section);
        if (plan.Exists())
        {
            services.Configure<ReportingOptions>(o => o.QuotaPolicy = (plan.Get<SamplingPlanSettings>() ?? new SamplingPlanSettings()).ToPolicy());
        }

        return services;
    }
}
