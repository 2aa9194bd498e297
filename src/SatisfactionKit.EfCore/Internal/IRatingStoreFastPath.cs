using Microsoft.EntityFrameworkCore;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// A provider package's fast path for the rating store, for a database in the process (SQLite): the
/// store then writes through one lane (the database has one writer at a time) with statements prepared
/// once on a connection kept open, instead of EF Core's change tracking and SQL generation per press.
/// </summary>
/// <remarks>
/// Registered by the provider package's builder extension (<c>UseSqliteFastPath()</c>); the store asks
/// each registered fast path whether it <see cref="Serves"/> the context, so one registration serves
/// mixed deployments. Without one, the store uses EF Core's portable statements and
/// <see cref="IRatingChunkWriter"/>. For provider packages; may change between minor versions.
/// </remarks>
public interface IRatingStoreFastPath
{
    /// <summary>Whether this fast path serves <paramref name="context"/>'s database (for example by the type of its connection).</summary>
    /// <param name="context">A context of the store's type.</param>
    /// <returns><see langword="true"/> to be used for every context of that type.</returns>
    bool Serves(DbContext context);

    /// <summary>
    /// Opens <paramref name="context"/>'s connection (it stays open until the context goes) and prepares the
    /// statements that append ratings on it.
    /// </summary>
    /// <param name="context">The lane's context; disposed after the statements.</param>
    /// <param name="cancellationToken">Stops the preparation.</param>
    /// <returns>The statements, used by one lane at a time.</returns>
    Task<IRatingAppendStatements> OpenAppendStatementsAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>Opens <paramref name="context"/>'s connection and prepares the "is this dossier rated?" queries on it.</summary>
    /// <param name="context">The look-up's context; disposed after the statements.</param>
    /// <param name="cancellationToken">Stops the preparation.</param>
    /// <returns>The statements, used by one caller at a time.</returns>
    Task<IDossierRatedStatements> OpenDossierRatedStatementsAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>
    /// How long after a group's commit <see cref="AfterCommitsAsync"/> runs (commits in between share one
    /// run), or <see langword="null"/> when there is nothing to do after commits.
    /// </summary>
    TimeSpan? AfterCommitsDelay { get; }

    /// <summary>
    /// Work that follows commits on a context of its own, off the latency of the presses that committed
    /// (SQLite: a <c>PASSIVE</c> write-ahead-log checkpoint, which never blocks the writer).
    /// </summary>
    /// <param name="context">A fresh context of the store's type.</param>
    /// <param name="cancellationToken">Cancelled when the store stops.</param>
    /// <returns>A task that completes when the work is done.</returns>
    Task AfterCommitsAsync(DbContext context, CancellationToken cancellationToken);
}
