using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>Where a report query gets its context from: <see cref="ReportContextSource{TContext}"/> of the scope.</summary>
internal static class ReportContexts
{
    /// <summary>The report replica's <typeparamref name="TContext"/> when one is configured, the scope's own otherwise.</summary>
    public static TContext GetReportContext<TContext>(this IServiceProvider scopeServices)
        where TContext : DbContext =>
        scopeServices.GetRequiredService<ReportContextSource<TContext>>().Context;
}
