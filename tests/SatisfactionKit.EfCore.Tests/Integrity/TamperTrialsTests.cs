using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EfCore.Tests.Integrity;

/// <summary>
/// Tampering made directly in SQL, as a database administrator could, bypassing the store: in every
/// trial one random rating field or answer/choice field is updated, one rating deleted, one forged
/// rating inserted (with a correctly computed link) or two ratings swapped; the verifier must report
/// it and name the right rating. Each trial is then undone and the chain must verify again, so trials
/// are independent. <c>SATISFACTIONKIT_TAMPER_TRIALS</c> sets the count (default 200; the issue's
/// full run is 1000: <c>SATISFACTIONKIT_TAMPER_TRIALS=1000 ./scripts/test.sh</c>), and
/// <c>SATISFACTIONKIT_TAMPER_SEED</c> replays a run.
/// </summary>
public abstract class TamperTrialsTests(ITestOutputHelper output) : StoreFixtureTests
{
    private const string Unit = "UBND-Q1";
    private const int ChainLength = 40;

    /// <summary>Stands for "the column's opposite" (<c>NOT</c>) where no one value differs from every sample's.</summary>
    private static readonly object Flip = new();

    // Columns an administrator might edit, with a value that differs from any the samples hold. Every
    // column a report reads is here: the hashed fields, and the satisfied flags stored beside them.
    private static readonly (string Table, string Column, object Value)[] Fields =
    [
        ("SK_Ratings", "IsSatisfied", Flip),
        ("SK_Ratings", "UnitCode", "UBND-FORGED"),
        ("SK_RatingAnswers", "IsSatisfied", Flip),
        ("SK_Ratings", "Comment", "Rất hài lòng"),
        ("SK_Ratings", "DossierCode", "000.00.17.H29-FORGED"),
        ("SK_Ratings", "ProcedureCode", "9.999999"),
        ("SK_Ratings", "OfficerId", "CB-999"),
        ("SK_Ratings", "CounterId", "QUAY-99"),
        ("SK_Ratings", "DeviceId", "PAD-FORGED"),
        ("SK_Ratings", "IdempotencyKey", "forged-key"),
        ("SK_Ratings", "SchemeCode", "OTHER_SCHEME"),
        ("SK_Ratings", "SchemeVersion", 99),
        ("SK_Ratings", "Channel", 5),
        ("SK_Ratings", "PreviousHash", Enumerable.Repeat((byte)0xCD, 32).ToArray()),
        ("SK_Ratings", "Hash", Enumerable.Repeat((byte)0xAB, 32).ToArray()),
        // The version the hash was computed under: a link may not claim another.
        ("SK_Ratings", "EncodingVersion", 2),
        ("SK_RatingAnswers", "LevelCode", "RHL"),
        ("SK_RatingAnswers", "CriterionCode", "FORGED"),
        ("SK_RatingAnswers", "Value", 9),
        ("SK_RatingChoices", "Code", "FORGED"),
    ];

    [Fact]
    public async Task Every_single_row_tampering_in_sql_is_detected_and_names_the_right_rating()
    {
        var trials = int.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_TAMPER_TRIALS"), CultureInfo.InvariantCulture, out var n) ? n : 200;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_TAMPER_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        output.WriteLine($"{trials} trials on {Provider}, seed {seed}");
        var random = new Random(seed);
        for (var i = 0; i < ChainLength; i++)
        {
            await Fixture.Ratings.AddAsync(ChainTests.RatingOf(Unit, i), Ct);
        }

        await using var context = Fixture.NewContext();
        var ids = await context.Set<RatingEntity>().Where(r => r.ChainKey == Unit).OrderBy(r => r.ChainSequence).Select(r => r.Id).ToListAsync(Ct);
        var kinds = new int[4];
        for (var trial = 0; trial < trials; trial++)
        {
            var kind = random.Next(4);
            kinds[kind]++;
            var at = random.Next(1, ChainLength + 1);
            var what = $"trial {trial} (seed {seed})";
            switch (kind)
            {
                case 0:
                    await UpdateAsync(context, at, Fields[random.Next(Fields.Length)], random, ids[at - 1], what);
                    break;
                case 1:
                    await DeleteAsync(context, at, ids, what);
                    break;
                case 2:
                    await InsertAsync(context, random.Next(2) == 0, what);
                    break;
                default:
                    var other = random.Next(1, ChainLength);
                    await SwapAsync(context, Math.Min(at, other >= at ? other + 1 : other), Math.Max(at, other >= at ? other + 1 : other), ids, what);
                    break;
            }

            var intact = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
            Assert.True(intact.IsIntact, $"{what}: not undone: {intact}");
            Assert.Equal(ChainLength, intact.LinksChecked);
        }

        output.WriteLine($"updates {kinds[0]}, deletes {kinds[1]}, inserts {kinds[2]}, swaps {kinds[3]}: all detected");
    }

    [Fact]
    public async Task A_satisfied_flag_changed_in_sql_is_a_modified_rating_though_no_hashed_field_changed()
    {
        for (var i = 0; i < 3; i++)
        {
            await Fixture.Ratings.AddAsync(ChainTests.RatingOf(Unit, i), Ct);
        }

        await using var context = Fixture.NewContext();
        var second = await context.Set<RatingEntity>().SingleAsync(r => r.ChainKey == Unit && r.ChainSequence == 2, Ct);
        // What moves the report's satisfied count: the flag alone, its answers untouched.
        Assert.Equal(1, await ExecAsync(context, $"UPDATE \"SK_Ratings\" SET \"IsSatisfied\" = NOT \"IsSatisfied\" WHERE \"Id\" = {{0}}", [second.Id], Ct));

        var result = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);

        Assert.Equal(ChainBreak.ModifiedRating, result.Break);
        Assert.Equal((second.Id, 2L), (result.RatingId!.Value, result.Sequence!.Value));
    }

    [Fact]
    public async Task A_link_claiming_another_encoding_version_is_a_modified_rating()
    {
        for (var i = 0; i < 3; i++)
        {
            await Fixture.Ratings.AddAsync(ChainTests.RatingOf(Unit, i), Ct);
        }

        await using var context = Fixture.NewContext();
        var third = await context.Set<RatingEntity>().SingleAsync(r => r.ChainKey == Unit && r.ChainSequence == 3, Ct);
        // The hash and every field untouched: only the version the row says its hash was computed under.
        Assert.Equal(1, await ExecAsync(context, $"UPDATE \"SK_Ratings\" SET \"EncodingVersion\" = 2 WHERE \"Id\" = {{0}}", [third.Id], Ct));

        var result = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);

        Assert.Equal(ChainBreak.ModifiedRating, result.Break);
        Assert.Equal((third.Id, 3L), (result.RatingId!.Value, result.Sequence!.Value));
    }

    private async Task UpdateAsync(VendorDbContext context, int at, (string Table, string Column, object Value) field, Random random, Guid id, string what)
    {
        var (table, column, value) = field;
        var where = table == "SK_Ratings"
            ? $"\"ChainKey\" = '{Unit}' AND \"ChainSequence\" = {at}"
            : $"\"RatingId\" = (SELECT \"Id\" FROM \"SK_Ratings\" WHERE \"ChainKey\" = '{Unit}' AND \"ChainSequence\" = {at})";
        var rows = table switch
        {
            "SK_RatingAnswers" => await context.Set<RatingAnswerEntity>().Where(a => a.RatingId == id).Select(a => a.Position).ToListAsync(Ct),
            "SK_RatingChoices" => await context.Set<RatingChoiceEntity>().Where(c => c.RatingId == id).Select(c => c.Position).ToListAsync(Ct),
            _ => [0],
        };
        var position = rows[random.Next(rows.Count)];
        if (table != "SK_Ratings")
        {
            where += $" AND \"Position\" = {position}";
        }

        // Kind too for choices: a rating's conditions and reasons share positions.
        if (table == "SK_RatingChoices")
        {
            where += $" AND \"Kind\" = (SELECT MIN(\"Kind\") FROM \"SK_RatingChoices\" WHERE {where})";
        }

        var old = await ReadAsync(context, table, column, where, value);
        Assert.Equal(1, ReferenceEquals(value, Flip)
            ? await ExecAsync(context, $"UPDATE \"{table}\" SET \"{column}\" = NOT \"{column}\" WHERE {where}", Ct)
            : await ExecAsync(context, $"UPDATE \"{table}\" SET \"{column}\" = {{0}} WHERE {where}", [value], Ct));

        var result = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
        Assert.False(result.IsIntact, $"{what}: {table}.{column} of #{at} not detected");
        Assert.Equal((id, (long)at), (result.RatingId!.Value, result.Sequence!.Value));
        Assert.Equal(column == "PreviousHash" ? ChainBreak.BrokenLink : ChainBreak.ModifiedRating, result.Break);

        Assert.Equal(1, await ExecAsync(context, $"UPDATE \"{table}\" SET \"{column}\" = {{0}} WHERE {where}", [old], Ct));
    }

    private async Task DeleteAsync(VendorDbContext context, int at, List<Guid> ids, string what)
    {
        var id = ids[at - 1];
        var saved = await context.Set<RatingEntity>().AsNoTracking().Include(r => r.Answers).Include(r => r.Choices).AsSplitQuery().SingleAsync(r => r.Id == id, Ct);
        var rating = $"(SELECT \"Id\" FROM \"SK_Ratings\" WHERE \"ChainKey\" = '{Unit}' AND \"ChainSequence\" = {at})";
        await ExecAsync(context, $"DELETE FROM \"SK_RatingAnswers\" WHERE \"RatingId\" = {rating}", Ct);
        await ExecAsync(context, $"DELETE FROM \"SK_RatingChoices\" WHERE \"RatingId\" = {rating}", Ct);
        Assert.Equal(1, await ExecAsync(context, $"DELETE FROM \"SK_Ratings\" WHERE \"ChainKey\" = '{Unit}' AND \"ChainSequence\" = {at}", Ct));

        var result = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
        Assert.Equal(ChainBreak.MissingRating, result.Break);
        Assert.Equal(at, result.Sequence);
        // The deleted rating is gone; the report names the one after the gap, if any.
        Assert.Equal(at < ChainLength ? ids[at] : null, result.RatingId);

        context.Add(saved);
        await context.SaveChangesAsync(Ct);
        context.ChangeTracker.Clear();
    }

    private async Task InsertAsync(VendorDbContext context, bool wellFormed, string what)
    {
        // The strongest single-row forger: the rating linked correctly onto the real tail. Or a crude one.
        var tail = await context.Set<RatingEntity>().AsNoTracking().Where(r => r.ChainKey == Unit).OrderByDescending(r => r.ChainSequence).FirstAsync(Ct);
        var forged = EntityFrameworkCore.Entities.RatingMapper.ToEntity(ChainTests.RatingOf(Unit, 9_000, $"forged-{Guid.NewGuid():N}"));
        EntityFrameworkCore.Internal.ChainHeads.Link(forged, Unit, tail.ChainSequence, wellFormed ? tail.Hash : new byte[32], new System.Buffers.ArrayBufferWriter<byte>());
        context.Add(forged);
        await context.SaveChangesAsync(Ct);
        context.ChangeTracker.Clear();

        var result = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
        Assert.Equal(ChainBreak.BrokenLink, result.Break);
        Assert.Equal((forged.Id, ChainLength + 1L), (result.RatingId!.Value, result.Sequence!.Value));

        var rating = $"(SELECT \"Id\" FROM \"SK_Ratings\" WHERE \"ChainKey\" = '{Unit}' AND \"ChainSequence\" = {ChainLength + 1})";
        await ExecAsync(context, $"DELETE FROM \"SK_RatingAnswers\" WHERE \"RatingId\" = {rating}", Ct);
        await ExecAsync(context, $"DELETE FROM \"SK_RatingChoices\" WHERE \"RatingId\" = {rating}", Ct);
        Assert.Equal(1, await ExecAsync(context, $"DELETE FROM \"SK_Ratings\" WHERE \"ChainKey\" = '{Unit}' AND \"ChainSequence\" = {ChainLength + 1}", Ct));
        _ = what;
    }

    private async Task SwapAsync(VendorDbContext context, int first, int second, List<Guid> ids, string what)
    {
        await SwapSequencesAsync(context, first, second);

        var result = await Fixture.ChainVerifier.VerifyAsync(Unit, cancellationToken: Ct);
        Assert.False(result.IsIntact, $"{what}: swap of #{first} and #{second} not detected");
        Assert.Equal((ChainBreak.BrokenLink, ids[second - 1], (long)first), (result.Break!.Value, result.RatingId!.Value, result.Sequence!.Value));

        await SwapSequencesAsync(context, first, second);
    }

    private static async Task SwapSequencesAsync(VendorDbContext context, int first, int second)
    {
        const string Update = "UPDATE \"SK_Ratings\" SET \"ChainSequence\" = {0} WHERE \"ChainKey\" = 'UBND-Q1' AND \"ChainSequence\" = {1}";
        await ExecAsync(context, Update, [-1L, (long)first], Ct);
        await ExecAsync(context, Update, [(long)first, (long)second], Ct);
        await ExecAsync(context, Update, [(long)second, -1L], Ct);
    }

    // The SQL is built from the test's own constants (table and column names cannot be parameters).
    private static Task<int> ExecAsync(VendorDbContext context, string sql, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(sql, cancellationToken);

    private static Task<int> ExecAsync(VendorDbContext context, string sql, object[] parameters, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);

    private static async Task<object> ReadAsync(VendorDbContext context, string table, string column, string where, object like)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync(Ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE {where}";
        var value = await command.ExecuteScalarAsync(Ct);
        Assert.NotNull(value);
        // SQLite reads integers back as long; write back the type the column was given.
        return like is int && value is long l ? (int)l : value;
    }
}

/// <summary>The tamper trials over a SQLite file.</summary>
public sealed class SqliteTamperTrialsTests(ITestOutputHelper output) : TamperTrialsTests(output)
{
    protected override string Provider => "sqlite";
}

/// <summary>The tamper trials over PostgreSQL.</summary>
public sealed class PostgresTamperTrialsTests(ITestOutputHelper output) : TamperTrialsTests(output)
{
    protected override string Provider => "postgres";
}
