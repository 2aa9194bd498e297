using SatisfactionKit.Channels.Paper;
using SatisfactionKit.Spreadsheets.Paper;

namespace SatisfactionKit.Spreadsheets.Tests;

/// <summary>The file side of the paper import on its own: rows as text, formats by extension.</summary>
public sealed class SpreadsheetPaperFilesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sk-paper-files-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_file_neither_csv_nor_xlsx_is_refused_in_both_languages()
    {
        // A PaperFileException, which the import answers as one error about the file (SK_PAPER_FILE_UNREADABLE).
        var error = Assert.Throws<PaperFileException>(() => new SpreadsheetPaperFiles().ReadRowsAsync(Path.Combine(_dir, "phieu.ods"), Ct));

        Assert.Contains("chỉ nhập được tệp .csv hoặc .xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("only .csv and .xlsx files can be imported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_rows_keep_the_headers_as_written_and_are_numbered_as_in_a_spreadsheet()
    {
        var path = Path.Combine(_dir, "phieu.csv");
        await File.WriteAllLinesAsync(path, ["Mã hồ sơ;TC1.1;Ý kiến", " HS-1 ;5;", "HS-2;4;\"tốt; nhanh\""], Ct);

        var rows = new List<PaperRow>();
        await foreach (var row in new SpreadsheetPaperFiles().ReadRowsAsync(path, Ct))
        {
            rows.Add(row);
        }

        Assert.Equal([2, 3], rows.Select(r => r.Number));
        Assert.Equal(["Mã hồ sơ", "TC1.1", "Ý kiến"], rows[0].Headers);
        Assert.Equal(["HS-1", "5", ""], rows[0].Cells);
        Assert.Equal(["HS-2", "4", "tốt; nhanh"], rows[1].Cells);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
