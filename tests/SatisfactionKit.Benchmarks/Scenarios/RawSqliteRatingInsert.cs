using Microsoft.Data.Sqlite;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// The P1 floor: one rating's rows as the library stores them (its row with its dossier slot, its answer
/// rows) inserted with prepared <c>Microsoft.Data.Sqlite</c> commands (<see cref="RawSqliteRows"/>) in one
/// transaction with its chain head row, then COMMIT; the chain link is computed in memory from the last one
/// (no look-up, no validation, no ORM).
/// </summary>
internal sealed class RawSqliteRatingInsert : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly RawSqliteRows _rows;
    private ChainLink? _last;

    public RawSqliteRatingInsert(SqliteConnection connection)
    {
        _connection = connection;
        _rows = new RawSqliteRows(connection);
    }

    /// <summary>The rating a press on "HL" stores for <paramref name="dossier"/>, built without the library's services.</summary>
    public static Rating SameRowAs(DossierReference dossier, int index) => new()
    {
        Id = Guid.CreateVersion7(),
        SchemeCode = "BON_MAT_CUOI",
        SchemeVersion = 1,
        Dossier = dossier,
        Channel = RatingChannel.CounterPad,
        Answers = [new RatingAnswer("CHUNG", "HL", 3, true)],
        SubmittedAt = DateTimeOffset.UtcNow,
        DeviceId = "PAD-0001",
        PromptId = Guid.CreateVersion7(),
        IdempotencyKey = $"prompt:{index}:{Guid.NewGuid():N}",
    };

    public void Insert(Rating rating)
    {
        using var transaction = _connection.BeginTransaction();
        var link = _rows.Insert(rating, _last, transaction);
        _rows.SaveHead(link, transaction);
        transaction.Commit();
        _last = link;
    }

    public void Dispose() => _rows.Dispose();
}
