using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Statements prepared once on a lane's connection that append ratings to their chains: begin the
/// group's transaction, read a chain's head, insert ratings (with their answers and choices) and prompt
/// records, store the heads. The rating store links the ratings; these only write them.
/// </summary>
/// <remarks>For provider packages (<see cref="IRatingStoreFastPath"/>); may change between minor versions.</remarks>
public interface IRatingAppendStatements : IDisposable
{
    /// <summary>
    /// Begins the group's transaction through the context, so that its interceptors and logging see it;
    /// it must hold the locks that keep the heads read next from moving before the commit.
    /// </summary>
    Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken);

    /// <summary>The stored head of <paramref name="chainKey"/>, or <see langword="null"/> for a chain not yet begun.</summary>
    Task<ChainHeadEntity?> ReadHeadAsync(string chainKey, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Inserts <paramref name="rating"/>, then its answers and choices.</summary>
    Task InsertAsync(RatingEntity rating, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Inserts the record of the prompt a rating completed.</summary>
    Task InsertAsync(PromptRecordEntity prompt, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="delta"/> to the roll-up cells (an insert, or the counts added to the stored cell).</summary>
    Task AddRollupsAsync(RollupDelta delta, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="head"/>: a new row for a chain begun in this transaction (<paramref name="isNew"/>), else the row moved.</summary>
    Task SaveHeadAsync(ChainHeadEntity head, bool isNew, DbTransaction transaction, CancellationToken cancellationToken);
}
