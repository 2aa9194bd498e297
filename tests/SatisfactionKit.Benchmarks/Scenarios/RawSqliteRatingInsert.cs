using Microsoft.Data.Sqlite;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// The P1 floor: one rating row and its answer rows inserted with prepared <c>Microsoft.Data.Sqlite</c>
/// commands in one transaction with its chain head row, then COMMIT; the chain link is computed in
/// memory from the last one (no look-up, no validation, no ORM).
/// </summary>
internal sealed class RawSqliteRatingInsert
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _rating;
    private readonly SqliteCommand _answer;
    private readonly SqliteCommand _head;
    private ChainLink? _last;

    public RawSqliteRatingInsert(SqliteConnection connection)
    {
        _connection = connection;
        _rating = connection.CreateCommand();
        _rating.CommandText = """
            INSERT INTO SK_Ratings (Id, SchemeCode, SchemeVersion, DossierCode, ProcedureCode, UnitCode, OfficerId, CounterId,
                Channel, IsSatisfied, SubmittedAt, DeviceId, PromptId, IdempotencyKey, ChainKey, ChainSequence, PreviousHash, Hash, EncodingVersion)
            VALUES ($id, $scheme, $version, $dossier, $procedure, $unit, $officer, $counter, $channel, $satisfied, $at, $device, $prompt, $key,
                $chain, $sequence, $previous, $hash, $encoding)
            """;
        foreach (var name in new[] { "$id", "$scheme", "$version", "$dossier", "$procedure", "$unit", "$officer", "$counter", "$channel", "$satisfied", "$at", "$device", "$prompt", "$key", "$chain", "$sequence", "$previous", "$hash", "$encoding" })
        {
            _rating.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _answer = connection.CreateCommand();
        _answer.CommandText = """
            INSERT INTO SK_RatingAnswers (RatingId, Position, CriterionCode, LevelCode, Value, IsSatisfied)
            VALUES ($id, $position, $criterion, $level, $value, $satisfied)
            """;
        foreach (var name in new[] { "$id", "$position", "$criterion", "$level", "$value", "$satisfied" })
        {
            _answer.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _head = connection.CreateCommand();
        _head.CommandText = """
            INSERT INTO SK_ChainHeads (ChainKey, Sequence, Hash) VALUES ($chain, $sequence, $hash)
            ON CONFLICT (ChainKey) DO UPDATE SET Sequence = excluded.Sequence, Hash = excluded.Hash
            """;
        foreach (var name in new[] { "$chain", "$sequence", "$hash" })
        {
            _head.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
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
        _rating.Transaction = transaction;
        var p = _rating.Parameters;
        p[0].Value = rating.Id.ToString().ToUpperInvariant();
        p[1].Value = rating.SchemeCode;
        p[2].Value = rating.SchemeVersion;
        p[3].Value = rating.Dossier!.DossierCode;
        p[4].Value = rating.Dossier.ProcedureCode;
        p[5].Value = rating.Dossier.UnitCode;
        p[6].Value = (object?)rating.Dossier.OfficerId ?? DBNull.Value;
        p[7].Value = (object?)rating.Dossier.CounterId ?? DBNull.Value;
        p[8].Value = (int)rating.Channel;
        p[9].Value = rating.IsSatisfied;
        p[10].Value = rating.SubmittedAt.UtcDateTime;
        p[11].Value = (object?)rating.DeviceId ?? DBNull.Value;
        p[12].Value = rating.PromptId is { } prompt ? prompt.ToString().ToUpperInvariant() : DBNull.Value;
        p[13].Value = rating.IdempotencyKey;
        var link = RatingChain.Append(_last, rating);
        p[14].Value = link.ChainKey;
        p[15].Value = link.Sequence;
        p[16].Value = link.PreviousHash;
        p[17].Value = link.Hash;
        p[18].Value = link.EncodingVersion;
        _rating.ExecuteNonQuery();

        _answer.Transaction = transaction;
        for (var i = 0; i < rating.Answers.Count; i++)
        {
            var a = rating.Answers[i];
            var q = _answer.Parameters;
            q[0].Value = p[0].Value;
            q[1].Value = i;
            q[2].Value = a.CriterionCode;
            q[3].Value = a.LevelCode;
            q[4].Value = a.Value;
            q[5].Value = a.IsSatisfied;
            _answer.ExecuteNonQuery();
        }

        _head.Transaction = transaction;
        _head.Parameters[0].Value = link.ChainKey;
        _head.Parameters[1].Value = link.Sequence;
        _head.Parameters[2].Value = link.Hash;
        _head.ExecuteNonQuery();
        transaction.Commit();
        _last = link;
    }
}
