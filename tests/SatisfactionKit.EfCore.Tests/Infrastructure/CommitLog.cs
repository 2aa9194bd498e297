using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>Counts the transactions committed through the store's contexts: each one is a durable commit (an fsync).</summary>
public sealed class CommitLog : DbTransactionInterceptor
{
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    public void Reset() => Interlocked.Exchange(ref _commits, 0);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Interlocked.Increment(ref _commits);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        return Task.CompletedTask;
    }
}
