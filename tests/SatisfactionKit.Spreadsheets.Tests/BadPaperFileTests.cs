using SatisfactionKit.Testing;
using System.Text;
using MiniExcelLibs;
using SatisfactionKit.Channels.Paper;
using SatisfactionKit.Localization;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Spreadsheets.Tests;

/// <summary>
/// Files a person might hand the import by mistake: each gets one clear error about the file (which file,
/// what is wrong, in Vietnamese and English), an error file, nothing stored, and no exception.
/// </summary>
public sealed class BadPaperFileTests : IDisposable
{
    private const string Header = "Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày trả kết quả,Bộ tiêu chí,TC1.1";

    private readonly string _dir = Directory.CreateTempSubdirectory("sk-badpaper-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PaperImportRequest Request(string path) => new()
    {
        FilePath = path,
        ErrorFilePath = Path.Combine(_dir, Path.GetFileName(path) + ".loi.csv"),
        BatchId = "DOT-2026-12",
        EnteredBy = "nv.khaosat01",
    };

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string GoodXlsx()
    {
        var path = Path.Combine(_dir, $"good-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, new[] { new Dictionary<string, object?> { ["Mã hồ sơ"] = "000.00.17.H29-261102-00001", ["Ngày trả kết quả"] = "2026-10-15" } });
        return path;
    }

    public static TheoryData<string> Unreadable => ["truncated xlsx", "random bytes as xlsx", "csv named xlsx", "pdf"];

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_file_is_one_clear_error_with_an_error_file(string kind)
    {
        await using var kit = new PaperFixture();
        var path = kind switch
        {
            "truncated xlsx" => Write("cut.xlsx", File.ReadAllBytes(GoodXlsx())[..600]),
            "random bytes as xlsx" => Write("random.xlsx", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251))]),
            "csv named xlsx" => Write("renamed.xlsx", Encoding.UTF8.GetBytes(Header + "\n000.00.17.H29-261102-00001,1.001234,UBND-Q1,2026-10-15,SIPAS_22,4\n")),
            _ => Write("phieu.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n")),
        };

        var vi = await UiCulture.RunAsync("vi-VN", () => kit.Paper.ImportAsync(Request(path), null, Ct));
        var en = await UiCulture.RunAsync("en-GB", () => kit.Paper.ImportAsync(Request(path), null, Ct));

        Assert.True(vi.FileRefused);
        var error = Assert.Single(en.FirstErrors);
        Assert.Equal(ErrorCodes.PaperFileUnreadable, error.ErrorCode);
        Assert.StartsWith($"The file '{Path.GetFileName(path)}' cannot be read: ", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Không đọc được tệp '{Path.GetFileName(path)}': ", Assert.Single(vi.FirstErrors).Message, StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.PaperFileUnreadable, await File.ReadAllTextAsync(en.ErrorFilePath!, Ct), StringComparison.Ordinal);
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Theory]
    [InlineData("windows-1258")]
    [InlineData("double-encoded")]
    public async Task A_file_that_is_not_utf8_is_said_to_be_so_once_not_row_by_row(string kind)
    {
        await using var kit = new PaperFixture();
        var rows = Header + "\n000.00.17.H29-261102-00001,1.001234,UBND-Q1,2026-10-15,SIPAS_22,4\n000.00.17.H29-261102-00002,1.001234,UBND-Q1,2026-10-15,SIPAS_22,4\n";
        // Windows-1258 writes "ã" as the single byte 0xE3, which is no UTF-8; a file converted twice holds "Ã£" for it.
        var bytes = kind == "windows-1258"
            ? [.. rows.Select(c => c switch { 'ã' => (byte)0xE3, 'ồ' => (byte)0xF4, 'ơ' => (byte)0xF5, 'ủ' => (byte)0xF9, 'ụ' => (byte)0xF9, 'đ' => (byte)0xF0, 'ị' => (byte)0xEC, 'à' => (byte)0xE0, 'ả' => (byte)0xE1, 'ế' => (byte)0xEA, 'ộ' => (byte)0xF4, 'í' => (byte)0xED, _ => (byte)c })]
            : Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(rows)));
        var path = Write($"{kind}.csv", bytes);

        var result = await UiCulture.RunAsync("en-GB", () => kit.Paper.ImportAsync(Request(path), null, Ct));

        Assert.True(result.FileRefused);
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal(ErrorCodes.PaperHeadersUnrecognised, error.ErrorCode);
        Assert.Contains("Is the file saved as UTF-8?", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Row);
    }

    [Fact]
    public async Task Missing_required_and_unknown_columns_are_named_by_the_header_row()
    {
        await using var kit = new PaperFixture();
        var path = Write("cot.csv", new UTF8Encoding(true).GetBytes("Mã hồ sơ,Mã thủ tục,Mã đơn vị,Bộ tiêu chí,TC1.1,Họ tên người dân\n000.00.17.H29-261102-00001,1.001234,UBND-Q1,SIPAS_22,4,Nguyễn Văn A\n"));

        var result = await UiCulture.RunAsync("en-GB", () => kit.Paper.ImportAsync(Request(path), null, Ct));

        Assert.True(result.FileRefused);
        Assert.Contains(result.FirstErrors, e => e.ErrorCode == ErrorCodes.PaperColumnMissing && e.Message == "The required column 'ngay_tra_ket_qua' is missing.");
        Assert.Contains(result.FirstErrors, e => e.ErrorCode == ErrorCodes.PaperColumnUnknown && e.Column == "Họ tên người dân");
        Assert.All(result.FirstErrors, e => Assert.Equal(1, e.Row));
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Fact]
    public async Task A_criterion_of_another_scheme_filled_in_a_row_is_refused_not_dropped()
    {
        await using var kit = new PaperFixture();
        var criteria = RatingSchemes.Hanoi2014.Criteria.Select(c => c.Code).ToList();
        var header = "Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày trả kết quả,Bộ tiêu chí," + string.Join(',', criteria) + ",TC1.1";
        var answers = string.Join(',', criteria.Select(_ => "HL"));
        var path = Write("hai-bo.csv", new UTF8Encoding(true).GetBytes($"{header}\n000.00.17.H29-261102-00001,1.001234,UBND-Q1,2026-10-15,HANOI_2014,{answers},4\n"));

        var result = await UiCulture.RunAsync("en-GB", () => kit.Paper.ImportAsync(Request(path), null, Ct));

        Assert.False(result.FileRefused);
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal((2, "TC1.1", ErrorCodes.PaperColumnUnknown), (error.Row, error.Column, error.ErrorCode));
        Assert.Contains("scheme 'HANOI_2014'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
