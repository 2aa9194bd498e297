using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Integrity;

/// <summary>
/// Tampering in SQL with the rows the response report counts besides ratings: prompt records
/// (<c>SK_Prompts</c>) and stray presses (<c>SK_StrayPresses</c>). Every column of both is updated in
/// turn (every column the reports read among them), rows are deleted, forged and re-linked; the verifier
/// must name the right row of the right chain, and the chain must verify again once the change is undone.
/// </summary>
public abstract class RecordTamperTrialsTests : StoreFixtureTests
{
    private const string Unit = "UBND-Q1";
    private const int Length = 6;
    private static readonly string Prompts = RecordChains.PromptKeyOf(Unit);
    private static readonly string Strays = RecordChains.StrayKeyOf(Unit);
    private static readonly DateTime Forged = new(2026, 1, 1, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>(table, column, a value no sample holds): every column of the two tables but the chain's own key and sequence (which the deletion trials move).</summary>
    public static TheoryData<string, string, object> Columns() => new()
    {
        // What the response report reads (ReportFactSources.PromptFacts).
        { "SK_Prompts", "UnitCode", "UBND-FORGED" },
        { "SK_Prompts", "ProcedureCode", "9.999999" },
        { "SK_Prompts", "OfficerId", "CB-999" },
        { "SK_Prompts", "CounterId", "QUAY-99" },
        { "SK_Prompts", "SchemeCode", "OTHER_SCHEME" },
        { "SK_Prompts", "OpenedAt", Forged },
        { "SK_Prompts", "Outcome", (int)PromptState.Refused },
        // The rest of the row.
        { "SK_Prompts", "DossierCode", "000.00.17.H29-FORGED" },
        { "SK_Prompts", "DossierCounterId", "QUAY-98" },
        { "SK_Prompts", "SchemeVersion", 99 },
        { "SK_Prompts", "ClosedAt", Forged },
        { "SK_Prompts", "RatingId", Guid.Parse("0badc0de-0000-7000-8000-000000000001") },
        { "SK_Prompts", "IncompleteLevelCode", "FORGED" },
        { "SK_Prompts", "Note", "forged" },
        { "SK_Prompts", "Hash", Enumerable.Repeat((byte)0xAB, 32).ToArray() },
        { "SK_Prompts", "PreviousHash", Enumerable.Repeat((byte)0xCD, 32).ToArray() },
        { "SK_Prompts", "EncodingVersion", 2 },
        // What the reports read of stray presses (ReportFactSources.StrayFacts); a unit set to NULL takes the press out of the unit's report.
        { "SK_StrayPresses", "UnitCode", "UBND-FORGED" },
        { "SK_StrayPresses", "UnitCode", DBNull.Value },
        { "SK_StrayPresses", "CounterId", "QUAY-99" },
        { "SK_StrayPresses", "PressedAt", Forged },
        { "SK_StrayPresses", "Reason", (int)StrayPressReason.UnknownCode },
        { "SK_StrayPresses", "LevelCode", "FORGED" },
        { "SK_StrayPresses", "DeviceId", "PAD-FORGED" },
        { "SK_StrayPresses", "PromptId", Guid.Parse("0badc0de-0000-7000-8000-000000000002") },
        { "SK_StrayPresses", "Hash", Enumerable.Repeat((byte)0xAB, 32).ToArray() },
        { "SK_StrayPresses", "PreviousHash", Enumerable.Repeat((byte)0xCD, 32).ToArray() },
        { "SK_StrayPresses", "EncodingVersion", 2 },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task A_column_updated_in_sql_is_detected_and_names_the_row(string table, string column, object value)
    {
        var (prompts, strays) = await StoreAsync();
        var (chain, ids) = table == "SK_Prompts" ? (Prompts, prompts) : (Strays, strays);
        await using var context = Fixture.NewContext();
        Assert.All(await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct), r => Assert.True(r.IsIntact, r.ToString()));

        // A row inside the chain, and its tail (where only the head still vouches for the last link).
        foreach (var at in new[] { 2, Length })
        {
            var where = $"\"ChainKey\" = '{chain}' AND \"ChainSequence\" = {at}";
            var old = await ReadAsync(context, $"SELECT \"{column}\" FROM \"{table}\" WHERE {where}");
            Assert.Equal(1, await SetAsync(context, table, column, value, where));

            var result = await Fixture.ChainVerifier.VerifyAsync(chain, cancellationToken: Ct);

            Assert.False(result.IsIntact, $"{table}.{column} of #{at} not detected");
            Assert.Equal(column == "PreviousHash" ? ChainBreak.BrokenLink : ChainBreak.ModifiedRating, result.Break);
            Assert.Equal((ids[at - 1], (long)at), (result.RatingId!.Value, result.Sequence!.Value));
            Assert.Contains(table == "SK_Prompts" ? "prompt record" : "stray press", result.ToString(), StringComparison.Ordinal);

            Assert.Equal(1, await SetAsync(context, table, column, old, where));
            var undone = await Fixture.ChainVerifier.VerifyAsync(chain, cancellationToken: Ct);
            Assert.True(undone.IsIntact, undone.ToString());
            Assert.Equal(Length, undone.LinksChecked);
        }
    }

    [Theory]
    [InlineData("SK_Prompts", 1)]
    [InlineData("SK_Prompts", 3)]
    [InlineData("SK_Prompts", Length)]
    [InlineData("SK_StrayPresses", 1)]
    [InlineData("SK_StrayPresses", 4)]
    [InlineData("SK_StrayPresses", Length)]
    public async Task A_row_deleted_or_moved_out_of_its_chain_in_sql_is_a_missing_link(string table, int at)
    {
        var (prompts, strays) = await StoreAsync();
        var (chain, ids) = table == "SK_Prompts" ? (Prompts, prompts) : (Strays, strays);
        await using var context = Fixture.NewContext();
        var where = $"\"ChainKey\" = '{chain}' AND \"ChainSequence\" = {at}";

        // Out of the chain without deleting: the row stays, counted by the reports, with no link.
        Assert.Equal(1, await ExecAsync(context, $"UPDATE \"{table}\" SET \"ChainKey\" = NULL WHERE {where}", Ct));
        var unlinked = await Fixture.ChainVerifier.VerifyAsync(chain, cancellationToken: Ct);
        Assert.Equal((ChainBreak.MissingRating, (long?)at), (unlinked.Break, unlinked.Sequence));
        Assert.Equal(at < Length ? ids[at] : null, unlinked.RatingId);
        Assert.Equal(1, await ExecAsync(context, $"UPDATE \"{table}\" SET \"ChainKey\" = '{chain}' WHERE \"Id\" = {{0}}", [ids[at - 1]], Ct));

        Assert.Equal(1, await ExecAsync(context, $"DELETE FROM \"{table}\" WHERE {where}", Ct));
        var result = await Fixture.ChainVerifier.VerifyAsync(chain, cancellationToken: Ct);

        Assert.Equal(ChainBreak.MissingRating, result.Break);
        Assert.Equal(at, result.Sequence);
        // The deleted row is gone; the report names the one after the gap, if any.
        Assert.Equal(at < Length ? ids[at] : null, result.RatingId);
        Assert.Contains(chain, (await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct)).Where(r => !r.IsIntact).Select(r => r.ChainKey));
    }

    [Fact]
    public async Task A_row_forged_in_sql_is_reported_linked_or_not()
    {
        var (prompts, _) = await StoreAsync();
        await using var context = Fixture.NewContext();

        // The strongest forger: a record linked correctly onto the real tail, the head left as it was.
        var tail = await context.Set<PromptRecordEntity>().AsNoTracking().SingleAsync(p => p.ChainKey == Prompts && p.ChainSequence == Length, Ct);
        var forged = PromptMapper.ToEntity(Record(Guid.CreateVersion7(), ChainTests.RatingOf(Unit, 900), PromptState.Expired));
        EntityFrameworkCore.Internal.RecordLinks.Append(forged, new ChainHeadEntity { ChainKey = Prompts, Sequence = Length, Hash = tail.Hash! }, new System.Buffers.ArrayBufferWriter<byte>());
        context.Add(forged);
        await context.SaveChangesAsync(Ct);
        var linked = await Fixture.ChainVerifier.VerifyAsync(Prompts, cancellationToken: Ct);
        Assert.Equal((ChainBreak.BrokenLink, forged.Id, Length + 1L), (linked.Break!.Value, linked.RatingId!.Value, linked.Sequence!.Value));
        Assert.Equal(1, await ExecAsync(context, "DELETE FROM \"SK_Prompts\" WHERE \"Id\" = {0}", [forged.Id], Ct));

        // A crude one: a row with no link at all, which the response report would count.
        var crude = PromptMapper.ToEntity(Record(Guid.CreateVersion7(), ChainTests.RatingOf(Unit, 901), PromptState.Expired));
        context.Add(crude);
        await context.SaveChangesAsync(Ct);
        var unlinked = await Fixture.ChainVerifier.VerifyAsync(Prompts, cancellationToken: Ct);
        Assert.Equal((ChainBreak.UnchainedRecord, crude.Id), (unlinked.Break!.Value, unlinked.RatingId!.Value));
        Assert.Equal(Length, unlinked.LinksChecked);
        Assert.Contains("outside the chain", unlinked.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(crude.Id, prompts);
    }

    [Fact]
    public async Task Rows_stored_before_chaining_are_reported_as_unchained_while_chained_rows_still_verify()
    {
        await StoreAsync();
        await using var context = Fixture.NewContext();
        // As an upgraded database holds them: written before the link columns existed, so NULL there.
        var legacyPrompt = PromptMapper.ToEntity(Record(Guid.CreateVersion7(), ChainTests.RatingOf("UBND-Q3", 1), PromptState.Expired));
        var legacyStray = StrayPressMapper.ToEntity(new StrayPress(Guid.CreateVersion7(), "QUAY-07", StrayPressReason.NoOpenPrompt, "HL", null, null, StoreFixture.Start, UnitCode: null));
        context.AddRange(legacyPrompt, legacyStray);
        await context.SaveChangesAsync(Ct);

        var results = (await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct)).ToDictionary(r => r.ChainKey);

        // The rule (docs/integrity.md): a row without a link is never counted as verified; its unit's chain says so.
        Assert.Equal((ChainBreak.UnchainedRecord, legacyPrompt.Id), (results["prompts:UBND-Q3"].Break!.Value, results["prompts:UBND-Q3"].RatingId!.Value));
        Assert.Equal((ChainBreak.UnchainedRecord, legacyStray.Id), (results["strays:"].Break!.Value, results["strays:"].RatingId!.Value));
        Assert.Equal(ChainKind.StrayPresses, results["strays:"].Kind);
        Assert.All(results.Values.Where(r => r.ChainKey is not "prompts:UBND-Q3" and not "strays:"), r => Assert.True(r.IsIntact, r.ToString()));
        Assert.Equal([Unit, Prompts, Strays], results.Values.Where(r => r.IsIntact).Select(r => r.ChainKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_chain_rewritten_consistently_passes_alone_but_not_against_a_checkpoint()
    {
        var (prompts, _) = await StoreAsync();
        var checkpoints = await Fixture.Checkpoints.CreateAsync(Ct);
        Assert.Contains(checkpoints, c => c.ChainKey == Prompts && c.Sequence == Length);
        Assert.All(await Fixture.ChainVerifier.VerifyAllAsync(checkpoints, cancellationToken: Ct), r => Assert.True(r.IsIntact, r.ToString()));

        // An administrator who knows the scheme: turns an expired prompt into a rated one and re-links the chain from there, head included.
        await using var context = Fixture.NewContext();
        var rows = await context.Set<PromptRecordEntity>().AsNoTracking().Where(p => p.ChainKey == Prompts).OrderBy(p => p.ChainSequence).ToListAsync(Ct);
        rows[1].Outcome = PromptState.Rated;
        var head = new ChainHeadEntity { ChainKey = Prompts, Sequence = 1, Hash = rows[0].Hash! };
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var row in rows.Skip(1))
        {
            EntityFrameworkCore.Internal.RecordLinks.Append(row, head, buffer);
            await ExecAsync(context, 
                "UPDATE \"SK_Prompts\" SET \"Outcome\" = {0}, \"PreviousHash\" = {1}, \"Hash\" = {2} WHERE \"Id\" = {3}", [(int)row.Outcome, row.PreviousHash!, row.Hash!, row.Id], Ct);
        }

        await ExecAsync(context, "UPDATE \"SK_ChainHeads\" SET \"Hash\" = {0} WHERE \"ChainKey\" = {1}", [head.Hash, Prompts], Ct);

        Assert.True((await Fixture.ChainVerifier.VerifyAsync(Prompts, cancellationToken: Ct)).IsIntact);
        var against = (await Fixture.ChainVerifier.VerifyAllAsync(checkpoints, cancellationToken: Ct)).Single(r => r.ChainKey == Prompts);
        Assert.Equal((ChainBreak.CheckpointMismatch, prompts[Length - 1], (long)Length), (against.Break!.Value, against.RatingId!.Value, against.Sequence!.Value));
    }

    /// <summary>
    /// <see cref="Length"/> prompt records of <see cref="Unit"/> (presses, each with its rating in one transaction,
    /// between records of expired and cancelled prompts) and as many stray presses; their ids in chain order.
    /// </summary>
    private async Task<(List<Guid> Prompts, List<Guid> Strays)> StoreAsync()
    {
        var together = (IPromptRatingStore)Fixture.Ratings;
        for (var i = 0; i < Length; i++)
        {
            var rating = ChainTests.RatingOf(Unit, i);
            if (i % 2 == 0)
            {
                Assert.False((await together.AddAsync(rating, Record(rating.PromptId!.Value, rating, PromptState.Rated), Ct)).WasDuplicate);
            }
            else
            {
                await Fixture.Prompts.AddPromptAsync(Record(Guid.CreateVersion7(), rating, i % 4 == 1 ? PromptState.Expired : PromptState.Cancelled), Ct);
            }

            var reason = (StrayPressReason)(i % 3);
            await Fixture.Prompts.AddStrayPressAsync(
                new StrayPress(Guid.CreateVersion7(), $"QUAY-{i % 3:D2}", reason, i % 2 == 0 ? "HL" : null, "PAD-A1B2", i % 2 == 0 ? rating.PromptId : null, StoreFixture.Start.AddTicks((i * 10_000_001L) + 3), Unit), Ct);
        }

        await using var context = Fixture.NewContext();
        var prompts = await context.Set<PromptRecordEntity>().Where(p => p.ChainKey == Prompts).OrderBy(p => p.ChainSequence).Select(p => p.Id).ToListAsync(Ct);
        var strays = await context.Set<StrayPressEntity>().Where(p => p.ChainKey == Strays).OrderBy(p => p.ChainSequence).Select(p => p.Id).ToListAsync(Ct);
        Assert.Equal((Length, Length), (prompts.Count, strays.Count));
        return (prompts, strays);
    }

    private static PromptRecord Record(Guid id, Rating rating, PromptState outcome) => new()
    {
        Id = id,
        CounterId = rating.Dossier!.CounterId!,
        Dossier = rating.Dossier,
        SchemeCode = rating.SchemeCode,
        SchemeVersion = rating.SchemeVersion,
        // Sub-microsecond ticks: the chain must hash what the database keeps.
        OpenedAt = rating.SubmittedAt.AddSeconds(-20).AddTicks(7),
        ClosedAt = rating.SubmittedAt,
        Outcome = outcome,
        RatingId = outcome == PromptState.Rated ? rating.Id : null,
        IncompleteLevelCode = outcome == PromptState.Expired ? "KHL" : null,
        Note = outcome == PromptState.Cancelled ? "Huỷ / cancelled" : null,
    };

    /// <summary>Sets a column; NULL written as such (a raw SQL parameter cannot carry a bare <see cref="DBNull"/>).</summary>
    private static Task<int> SetAsync(VendorDbContext context, string table, string column, object value, string where) => value is DBNull
        ? ExecAsync(context, $"UPDATE \"{table}\" SET \"{column}\" = NULL WHERE {where}", Ct)
        : ExecAsync(context, $"UPDATE \"{table}\" SET \"{column}\" = {{0}} WHERE {where}", [value], Ct);

    // The SQL is built from the test's own constants (table and column names cannot be parameters).
    private static Task<int> ExecAsync(VendorDbContext context, string sql, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(sql, cancellationToken);

    private static Task<int> ExecAsync(VendorDbContext context, string sql, object[] parameters, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);

    private static async Task<object> ReadAsync(VendorDbContext context, string sql)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync(Ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(Ct);
        Assert.NotNull(value);
        return value;
    }
}

/// <summary>The record tamper trials over a SQLite file (the press through the SQLite fast path).</summary>
public sealed class SqliteRecordTamperTrialsTests : RecordTamperTrialsTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The record tamper trials over PostgreSQL.</summary>
public sealed class PostgresRecordTamperTrialsTests : RecordTamperTrialsTests
{
    protected override string Provider => "postgres";
}

/// <summary>The record tamper trials over PostgreSQL, groups written by the COPY package's statements.</summary>
public sealed class PostgresCopyRecordTamperTrialsTests : RecordTamperTrialsTests
{
    protected override string Provider => "postgres";

    protected override bool BulkImport => true;
}
