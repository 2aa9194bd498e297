using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Sqlite;

/// <summary>
/// The SQLite fast path of the rating store: one writer lane with prepared statements on a connection
/// kept open, prepared dossier look-ups, and the write-ahead-log checkpoint taken off the press's commit.
/// </summary>
/// <remarks>
/// Serves a context whose connection is a <see cref="SqliteConnection"/>; any other context keeps EF
/// Core's portable statements, so one registration serves mixed deployments.
/// </remarks>
internal sealed class SqliteRatingStoreFastPath : IRatingStoreFastPath
{
    /// <summary>How long after a commit its checkpoint runs: commits in between share it.</summary>
    public static readonly TimeSpan CheckpointDelay = TimeSpan.FromMilliseconds(50);

    public TimeSpan? AfterCommitsDelay => CheckpointDelay;

    public bool Serves(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.GetDbConnection() is SqliteConnection;
    }

    public async Task<IRatingAppendStatements> OpenAppendStatementsAsync(DbContext context, CancellationToken cancellationToken) =>
        await RatingAppendStatements.OpenAsync(context, cancellationToken).ConfigureAwait(false);

    public async Task<IDossierRatedStatements> OpenDossierRatedStatementsAsync(DbContext context, CancellationToken cancellationToken) =>
        await DossierRatedStatements.OpenAsync(context, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A <c>PASSIVE</c> checkpoint, which never blocks the writer (SQLite's own advice for latency-bound
    /// writers); without write-ahead logging it does nothing.
    /// </summary>
    public Task AfterCommitsAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken);
    }
}
