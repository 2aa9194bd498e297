using SatisfactionKit.Testing;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Paper;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EfCore.Tests.Channels;

/// <summary>
/// Paper SIPAS forms (read by SatisfactionKit.Spreadsheets) imported through Core's importer into the EF batch store: all-or-none in one
/// transaction, once per provider by the derived classes.
/// </summary>
public abstract class PaperImportStoreTests : IAsyncLifetime
{
    private static readonly string[] Criteria = [.. RatingSchemes.Sipas22.Criteria.Where(c => c.FactorCode != "YT5").Select(c => c.Code)];

    private readonly string _dir = Directory.CreateTempSubdirectory("sk-paper-ef-").FullName;
    private StoreFixture? _fixture;

    protected abstract string Provider { get; }

    /// <summary>Whether the batch store writes with PostgreSQL's binary COPY (<c>UsePostgreSqlBulkImport</c>).</summary>
    protected virtual bool BulkImport => false;

    private StoreFixture Fixture => _fixture!;

    private IPaperSurveyImporter Importer => Fixture.Services.GetRequiredService<IPaperSurveyImporter>();

    private IRatingBatchStore Batches => Fixture.Services.GetRequiredService<IRatingBatchStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await StoreFixture.CreateAsync(Provider, configure: services =>
    {
        services.AddSingleton<IDossierStatusSource>(new OneStopDossiers());
        var builder = services.AddSatisfactionKit().AddChannels(o => o.SigningKey = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i + 1)).ToArray())).AddSpreadsheets();
        if (BulkImport)
        {
            builder.UsePostgreSqlBulkImport();
        }
    });

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Ten_thousand_SIPAS_forms_are_stored_in_one_batch_with_who_entered_them(string format)
    {
        var path = format == "csv" ? Csv(10_000) : Xlsx(10_000);

        var result = await Importer.ImportAsync(Request(path), null, Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.FirstErrors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal(10_000, result.StoredCount);
        await using var context = Fixture.NewContext();
        Assert.Equal(10_000, await context.Set<RatingEntity>().CountAsync(r => r.Channel == RatingChannel.Paper, Ct));
        Assert.Equal(10_000 * Criteria.Length, await context.Set<RatingAnswerEntity>().CountAsync(Ct));
        var batch = await context.Set<RatingBatchEntity>().SingleAsync(Ct);
        Assert.Equal(("DOT-2026-10", "nv.khaosat01", Path.GetFileName(path), 10_000), (batch.BatchId, batch.EnteredBy, batch.SourceName, batch.RatingCount));
        var first = await Fixture.Ratings.FindByIdempotencyKeyAsync("paper:DOT-2026-10:2", Ct);
        Assert.NotNull(first);
        Assert.Equal("000.00.17.H29-261102-00000", first.Dossier!.DossierCode);
        Assert.All(first.Answers, a => Assert.Equal("4", a.LevelCode));
        // The batch linked every form into the unit's chain exactly as it was stored.
        var chains = await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);
        Assert.All(chains, c => Assert.True(c.IsIntact, c.ToString()));
        Assert.Equal(10_000, chains.Sum(c => c.LinksChecked));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task One_bad_row_in_the_middle_stores_nothing_and_names_its_row_and_column(string format)
    {
        var path = format == "csv" ? Csv(2_000, badRow: 999) : Xlsx(2_000, badRow: 999);

        var result = await UiCulture.RunAsync("en-GB", () => Importer.ImportAsync(Request(path), null, Ct));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.FirstErrors);
        // Row 999 of the forms is line 1,001 of the file: the header is line 1 and forms count from 0.
        Assert.Equal((1_001, "TC2.3", ErrorCodes.LevelUnknown), (error.Row, error.Column, error.ErrorCode));
        Assert.True(File.Exists(result.ErrorFilePath));
        await using var context = Fixture.NewContext();
        Assert.Equal(0, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(0, await context.Set<RatingBatchEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task Importing_the_same_forms_again_is_refused_row_by_row_and_adds_nothing()
    {
        var path = Csv(1_200);
        Assert.True((await Importer.ImportAsync(Request(path), null, Ct)).Succeeded);

        var again = await UiCulture.RunAsync("vi-VN", () => Importer.ImportAsync(Request(path), null, Ct));

        // Core's validator asks the store whether each dossier is already rated on paper: every row is.
        Assert.False(again.Succeeded);
        Assert.Equal(1_200, again.ErrorCount);
        Assert.Equal((2, ErrorCodes.AlreadyRated), (again.FirstErrors[0].Row, again.FirstErrors[0].ErrorCode));
        await using var context = Fixture.NewContext();
        Assert.Equal(1_200, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(1, await context.Set<RatingBatchEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task A_batch_holding_an_already_stored_form_skips_it_and_stores_the_rest_once()
    {
        await Fixture.Ratings.AddAsync(Samples.Rating("paper:DOT-Y:7", "HS-0007", RatingChannel.Paper), Ct);

        await using (var batch = await Batches.BeginAsync(new RatingBatchInfo("DOT-Y", "nv.khaosat03", "dot-y.xlsx", StoreFixture.Start), Ct))
        {
            await batch.AddRangeAsync([.. Enumerable.Range(0, 50).Select(i => Samples.Rating($"paper:DOT-Y:{i}", $"HS-{i:D4}", RatingChannel.Paper))], Ct);
            await batch.CommitAsync(Ct);
        }

        // 1 stored before + 49 new: the duplicate key is skipped, as a resubmission through AddAsync is.
        await using var context = Fixture.NewContext();
        Assert.Equal(50, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(r => r.IdempotencyKey == "paper:DOT-Y:7", Ct));
    }

    [Fact]
    public async Task A_batch_disposed_without_commit_stores_nothing_and_is_invisible_until_committed()
    {
        var info = new RatingBatchInfo("DOT-X", "nv.khaosat02", "tay.csv", StoreFixture.Start);
        await using (var batch = await Batches.BeginAsync(info, Ct))
        {
            await batch.AddRangeAsync([.. Enumerable.Range(0, 300).Select(i => Samples.Rating($"paper:DOT-X:{i}", $"HS-{i:D4}", RatingChannel.Paper))], Ct);
            Assert.Null(await Fixture.Ratings.FindByIdempotencyKeyAsync("paper:DOT-X:0", Ct));
        }

        await using (var batch = await Batches.BeginAsync(info, Ct))
        {
            await batch.AddRangeAsync([Samples.Rating("paper:DOT-X:0", "HS-0000", RatingChannel.Paper)], Ct);
            await batch.CommitAsync(Ct);
        }

        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.NotNull(await Fixture.Ratings.FindByIdempotencyKeyAsync("paper:DOT-X:0", Ct));
    }

    private PaperImportRequest Request(string path) => new()
    {
        FilePath = path,
        ErrorFilePath = Path.ChangeExtension(path, ".loi.csv"),
        BatchId = "DOT-2026-10",
        EnteredBy = "nv.khaosat01",
    };

    /// <summary>SIPAS forms with Vietnamese headers; every answer 4 or 5, one 9 (no such level) at <paramref name="badRow"/>.</summary>
    private static IEnumerable<Dictionary<string, object?>> Forms(int count, int badRow)
    {
        for (var i = 0; i < count; i++)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Mã hồ sơ"] = $"000.00.17.H29-261102-{i:D5}",
                ["Mã thủ tục"] = "1.001234",
                ["Mã đơn vị"] = "UBND-Q1",
                ["Ngày trả kết quả"] = "2026-10-15",
                ["Bộ tiêu chí"] = RatingSchemes.Sipas22Code,
            };
            foreach (var code in Criteria)
            {
                row[code] = i == badRow && code == "TC2.3" ? "9" : ((i % 2) + 4).ToString(CultureInfo.InvariantCulture);
            }

            yield return row;
        }
    }

    private string Csv(int count, int badRow = -1)
    {
        var path = Path.Combine(_dir, $"phieu-{Guid.NewGuid():N}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        var first = true;
        foreach (var row in Forms(count, badRow))
        {
            if (first)
            {
                writer.WriteLine(string.Join(',', row.Keys));
                first = false;
            }

            writer.WriteLine(string.Join(',', row.Values));
        }

        return path;
    }

    private string Xlsx(int count, int badRow = -1)
    {
        var path = Path.Combine(_dir, $"phieu-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, Forms(count, badRow));
        return path;
    }
}

/// <summary>Paper import into a SQLite file.</summary>
public sealed class SqlitePaperImportStoreTests : PaperImportStoreTests
{
    protected override string Provider => "sqlite";
}

/// <summary>Paper import into PostgreSQL.</summary>
public sealed class PostgresPaperImportStoreTests : PaperImportStoreTests
{
    protected override string Provider => "postgres";
}

/// <summary>Paper import into PostgreSQL through the binary COPY fast path: the same behaviour as EF Core's INSERTs.</summary>
public sealed class PostgresCopyPaperImportStoreTests : PaperImportStoreTests
{
    protected override string Provider => "postgres";

    protected override bool BulkImport => true;
}
