using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// The context the report queries of one scope read through: a <typeparamref name="TContext"/> on the report
/// replica when <c>UseReportReplica</c> configured one (created lazily, disposed with the scope), the scope's own
/// <typeparamref name="TContext"/> otherwise. Only reads go through it: the stores always resolve <typeparamref name="TContext"/>.
/// </summary>
internal sealed class ReportContextSource<TContext>(IServiceProvider services, ReportReplica? replica = null) : IAsyncDisposable
    where TContext : DbContext
{
    private TContext? _replicaContext;

    /// <summary>Whether <see cref="Context"/> is on the replica.</summary>
    public bool IsReplica => replica is not null;

    public TContext Context => replica is null
        ? services.GetRequiredService<TContext>()
        : _replicaContext ??= replica.Create<TContext>(services);

    public ValueTask DisposeAsync() => _replicaContext?.DisposeAsync() ?? ValueTask.CompletedTask;
}
