using Microsoft.Data.Sqlite;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// The rows the library stores for a rating — SK_Ratings (the row <see cref="RatingMapper"/> makes, linked into
/// its chain by <see cref="RatingChain.Append"/>), SK_RatingAnswers and SK_RatingChoices — and a chain's head row,
/// written by prepared <c>Microsoft.Data.Sqlite</c> commands whose parameters are reused: no look-up, no validation,
/// no ORM. Used by the P1 floor (one rating per transaction) and by the raw loader (<see cref="RawSqliteLoad"/>, many).
/// </summary>
/// <remarks>
/// Values are bound as EF Core's SQLite mapping stores them, so that the library reads these rows as its own and
/// finds them by key: a GUID as upper-case text (Microsoft.Data.Sqlite alone would bind a blob), a time as the UTC
/// text both write, an enum as its number. The benchmark tests compare these rows with the store's, column by column.
/// </remarks>
internal sealed class RawSqliteRows : IDisposable
{
    private static readonly Column<RatingEntity>[] RatingColumns =
    [
        new("Id", r => Text(r.Id)),
        new("SchemeCode", r => r.SchemeCode),
        new("SchemeVersion", r => r.SchemeVersion),
        new("DossierCode", r => r.DossierCode),
        new("ProcedureCode", r => r.ProcedureCode),
        new("UnitCode", r => r.UnitCode),
        new("OfficerId", r => r.OfficerId),
        new("CounterId", r => r.CounterId),
        new("SurveyId", r => r.SurveyId),
        new("Channel", r => (int)r.Channel),
        new("IsSatisfied", r => r.IsSatisfied),
        new("Comment", r => r.Comment),
        new("ResultReturnedAt", r => r.ResultReturnedAt),
        new("SubmittedAt", r => r.SubmittedAt),
        new("DeviceId", r => r.DeviceId),
        new("PromptId", r => r.PromptId is { } prompt ? Text(prompt) : null),
        new("IdempotencyKey", r => r.IdempotencyKey),
        new("DossierSlot", r => r.DossierSlot),
        new("ChainKey", r => r.ChainKey),
        new("ChainSequence", r => r.ChainSequence),
        new("PreviousHash", r => r.PreviousHash),
        new("Hash", r => r.Hash),
        new("EncodingVersion", r => r.EncodingVersion),
    ];

    private static readonly Column<RatingAnswerEntity>[] AnswerColumns =
    [
        new("RatingId", a => Text(a.RatingId)),
        new("Position", a => a.Position),
        new("CriterionCode", a => a.CriterionCode),
        new("LevelCode", a => a.LevelCode),
        new("Value", a => a.Value),
        new("IsSatisfied", a => a.IsSatisfied),
    ];

    private static readonly Column<RatingChoiceEntity>[] ChoiceColumns =
    [
        new("RatingId", c => Text(c.RatingId)),
        new("Kind", c => (int)c.Kind),
        new("Position", c => c.Position),
        new("Code", c => c.Code),
    ];

    private static readonly Column<ChainLink>[] HeadColumns =
    [
        new("ChainKey", h => h.ChainKey),
        new("Sequence", h => h.Sequence),
        new("Hash", h => h.Hash),
    ];

    private readonly SqliteCommand _rating;
    private readonly SqliteCommand _answer;
    private readonly SqliteCommand _choice;
    private readonly SqliteCommand _head;

    public RawSqliteRows(SqliteConnection connection)
    {
        _rating = Prepare(connection, "SK_Ratings", RatingColumns);
        _answer = Prepare(connection, "SK_RatingAnswers", AnswerColumns);
        _choice = Prepare(connection, "SK_RatingChoices", ChoiceColumns);
        // The store moves a chain's head row to its last link; one upsert does it for a chain begun or continued.
        _head = Prepare(connection, "SK_ChainHeads", HeadColumns, "ON CONFLICT (ChainKey) DO UPDATE SET Sequence = excluded.Sequence, Hash = excluded.Hash");
    }

    /// <summary>
    /// Inserts <paramref name="rating"/>'s rows, linked after <paramref name="previous"/> (null: the first of its
    /// chain, <see cref="RatingChain.ChainKeyOf"/>); returns its link, the chain's new head. Its dossier slot is the
    /// library's default rule's (<see cref="RatingUniqueness.PerDossierAndChannel"/>).
    /// </summary>
    public ChainLink Insert(Rating rating, ChainLink? previous, SqliteTransaction transaction)
    {
        var link = RatingChain.Append(previous, rating);
        var row = RatingMapper.ToEntity(rating);
        row.ChainKey = link.ChainKey;
        row.ChainSequence = link.Sequence;
        row.PreviousHash = link.PreviousHash;
        row.Hash = link.Hash;
        row.EncodingVersion = link.EncodingVersion;
        Execute(_rating, RatingColumns, row, transaction);
        foreach (var answer in row.Answers)
        {
            Execute(_answer, AnswerColumns, answer, transaction);
        }

        foreach (var choice in row.Choices)
        {
            Execute(_choice, ChoiceColumns, choice, transaction);
        }

        return link;
    }

    /// <summary>Stores <paramref name="head"/> as its chain's head row (created or moved).</summary>
    public void SaveHead(ChainLink head, SqliteTransaction transaction) => Execute(_head, HeadColumns, head, transaction);

    public void Dispose()
    {
        _rating.Dispose();
        _answer.Dispose();
        _choice.Dispose();
        _head.Dispose();
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static SqliteCommand Prepare<T>(SqliteConnection connection, string table, Column<T>[] columns, string conflict = "")
    {
        var command = connection.CreateCommand();
        var names = string.Join(", ", columns.Select(c => c.Name));
        var values = string.Join(", ", columns.Select((_, i) => $"$p{i}"));
        command.CommandText = $"INSERT INTO {table} ({names}) VALUES ({values}) {conflict}";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" });
        }

        return command;
    }

    private static void Execute<T>(SqliteCommand command, Column<T>[] columns, T row, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>A column of <typeparamref name="T"/>'s table and the value bound for it.</summary>
    private sealed record Column<T>(string Name, Func<T, object?> Value);
}
