using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SatisfactionKit.EntityFrameworkCore.Reports;

namespace SatisfactionKit.EntityFrameworkCore.Health;

/// <summary>
/// Healthy when the report queries' context reaches its database: the report replica when <c>UseReportReplica</c>
/// configured one (EF Core's <c>CanConnectAsync</c>, in a scope of its own), with nothing to check otherwise.
/// </summary>
internal sealed class ReportReplicaHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        const string Unreachable = "Không kết nối được bản sao đọc cho báo cáo. / The report replica cannot be reached.";
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var source = scope.ServiceProvider.GetRequiredService<ReportContextSource<TContext>>();
                if (!source.IsReplica)
                {
                    return HealthCheckResult.Healthy("Không cấu hình bản sao đọc: báo cáo đọc cơ sở dữ liệu chính. / No report replica is configured: reports read the primary database.");
                }

                return await source.Context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                    ? HealthCheckResult.Healthy()
                    : new HealthCheckResult(context.Registration.FailureStatus, Unreachable);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Bản sao đọc cho báo cáo không trả lời kịp. / The report replica did not answer in time.");
        }
#pragma warning disable CA1031 // A health check reports every failure of its probe; it never throws.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new HealthCheckResult(context.Registration.FailureStatus, Unreachable, ex);
        }
    }
}
