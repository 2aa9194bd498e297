using SatisfactionKit.Testing;
using System.Globalization;
using System.Text;
using MiniExcelLibs;
using SatisfactionKit.Channels.Paper;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Spreadsheets.Tests;

/// <summary>Importing SIPAS paper forms from CSV and .xlsx: all-or-none, errors by row and column.</summary>
public sealed class PaperImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sk-paper-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Criteria = [.. RatingSchemes.Sipas22.Criteria.Where(c => c.FactorCode != "YT5").Select(c => c.Code)];

    /// <summary>SIPAS forms with Vietnamese headers, with diacritics or without.</summary>
    private static IEnumerable<Dictionary<string, object?>> Forms(int count, bool diacritics, int badRow = -1)
    {
        for (var i = 0; i < count; i++)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [diacritics ? "Mã hồ sơ" : "Ma ho so"] = $"000.00.17.H29-261102-{i:D5}",
                [diacritics ? "Mã thủ tục" : "ma_thu_tuc"] = "1.001234",
                [diacritics ? "Mã đơn vị" : "MA DON VI"] = "UBND-Q1",
                [diacritics ? "Ngày trả kết quả" : "Ngay tra ket qua"] = "2026-10-15",
                [diacritics ? "Bộ tiêu chí" : "bo tieu chi"] = RatingSchemes.Sipas22Code,
            };
            foreach (var code in Criteria)
            {
                row[code] = i == badRow && code == "TC2.3" ? "9" : ((i % 2) + 4).ToString(CultureInfo.InvariantCulture);
            }

            yield return row;
        }
    }

    private string Csv(int count, bool diacritics, int badRow = -1)
    {
        var path = Path.Combine(_dir, $"phieu-{Guid.NewGuid():N}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        var first = true;
        foreach (var row in Forms(count, diacritics, badRow))
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

    private string Xlsx(int count, bool diacritics, int badRow = -1)
    {
        var path = Path.Combine(_dir, $"phieu-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, Forms(count, diacritics, badRow));
        return path;
    }

    private PaperImportRequest Request(string path) => new()
    {
        FilePath = path,
        ErrorFilePath = Path.ChangeExtension(path, ".loi.csv"),
        BatchId = "DOT-2026-10",
        EnteredBy = "nv.khaosat01",
    };

    [Theory]
    [InlineData("csv", true)]
    [InlineData("xlsx", false)]
    public async Task Ten_thousand_SIPAS_forms_are_validated_then_stored_in_one_batch_with_progress(string format, bool diacritics)
    {
        await using var kit = new PaperFixture();
        var path = format == "csv" ? Csv(10_000, diacritics) : Xlsx(10_000, diacritics);
        var reports = new List<PaperImportProgress>();
        var progress = new SynchronousProgress(reports);

        var result = await kit.Paper.ImportAsync(Request(path), progress, Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.FirstErrors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal(10_000, result.RowCount);
        Assert.Equal(10_000, result.StoredCount);
        Assert.Equal(10_000, kit.Ratings.Ratings.Count);
        var rating = kit.Ratings.Ratings.First(r => r.Dossier!.DossierCode == "000.00.17.H29-261102-00001");
        Assert.Equal(RatingChannel.Paper, rating.Channel);
        Assert.Equal(RatingSchemes.Sipas22Code, rating.SchemeCode);
        Assert.Equal(Criteria.Length, rating.Answers.Count);
        Assert.All(rating.Answers, a => Assert.Equal("5", a.LevelCode));
        Assert.Equal("paper:DOT-2026-10:3", rating.IdempotencyKey);
        Assert.Equal(new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.FromHours(7)), rating.ResultReturnedAt);
        var batch = Assert.Single(kit.Batches.Committed);
        Assert.Equal(("DOT-2026-10", "nv.khaosat01"), (batch.BatchId, batch.EnteredBy));
        Assert.Contains(reports, p => p.Stage == PaperImportStage.Validating && p.RowsDone == 10_000);
        Assert.Contains(reports, p => p.Stage == PaperImportStage.Storing && p.RowsDone == 10_000);
        Assert.False(File.Exists(Request(path).ErrorFilePath));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task One_bad_row_in_the_middle_stores_nothing_and_is_reported_by_row_and_column(string format)
    {
        await using var kit = new PaperFixture();
        var path = format == "csv" ? Csv(1_000, diacritics: true, badRow: 499) : Xlsx(1_000, diacritics: true, badRow: 499);

        var result = await UiCulture.RunAsync("vi-VN", () => kit.Paper.ImportAsync(Request(path), null, Ct));

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.StoredCount);
        Assert.Empty(kit.Ratings.Ratings);
        Assert.Equal(0, kit.Batches.Begun);
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal(501, error.Row);
        Assert.Equal("TC2.3", error.Column);
        Assert.Equal(ErrorCodes.LevelUnknown, error.ErrorCode);
        Assert.Contains("Mức '9'", error.Message, StringComparison.Ordinal);

        var lines = await File.ReadAllLinesAsync(result.ErrorFilePath!, Encoding.UTF8, Ct);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("501,TC2.3,SK_LEVEL_UNKNOWN,", lines[1], StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(result.ErrorFilePath!, Ct))[..3]);
    }

    [Fact]
    public async Task Missing_unreadable_and_repeated_cells_are_reported_against_their_own_columns()
    {
        await using var kit = new PaperFixture();
        var path = Path.Combine(_dir, "thieu.csv");
        var header = "Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày trả kết quả,Bộ tiêu chí," + string.Join(',', Criteria);
        var answers = string.Join(',', Criteria.Select(_ => "4"));
        await File.WriteAllLinesAsync(path,
        [
            header,
            $"000.00.17.H29-261102-00001,1.001234,UBND-Q1,2026-10-15,SIPAS_22,{answers}",
            $"000.00.17.H29-261102-00002,1.001234,UBND-Q1,15 thang 10,SIPAS_22,{answers}",
            $"000.00.17.H29-261102-00003,1.001234,UBND-Q1,,SIPAS_22,{answers}",
            $"000.00.17.H29-261102-00001,1.001234,UBND-Q1,2026-10-15,SIPAS_22,{answers}",
        ], Ct);

        var result = await UiCulture.RunAsync("en-GB", () => kit.Paper.ImportAsync(Request(path), null, Ct));

        Assert.Empty(kit.Ratings.Ratings);
        Assert.Contains(result.FirstErrors, e => e.Row == 3 && e.Column == "Ngày trả kết quả" && e.ErrorCode == ErrorCodes.PaperDateFormat && e.Message.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Contains(result.FirstErrors, e => e.Row == 4 && e.Column == "Ngày trả kết quả" && e.ErrorCode == ErrorCodes.ResultNotReturned);
        Assert.Contains(result.FirstErrors, e => e.Row == 5 && e.Column == "Mã hồ sơ" && e.ErrorCode == ErrorCodes.AlreadyRated);
        Assert.DoesNotContain(result.FirstErrors, e => e.Row == 2);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Progress that records on the reporting thread (Progress&lt;T&gt; posts later, which a test cannot wait for).</summary>
    private sealed class SynchronousProgress(List<PaperImportProgress> reports) : IProgress<PaperImportProgress>
    {
        public void Report(PaperImportProgress value) => reports.Add(value);
    }
}
