using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Localization;
using SatisfactionKit.Units;
using SatisfactionKit.Units.Import;

namespace SatisfactionKit.EfCore.Tests.Units;

/// <summary>
/// The unit catalogue imported from CSV (read by SatisfactionKit.Spreadsheets, checked by Core, kept by the EF Core
/// store): all or none, every error naming its file, row and column. Run once per provider.
/// </summary>
public abstract class UnitImportTests : IAsyncLifetime
{
    private const string UnitsHeader = "Mã đơn vị,Tên đơn vị,Tên tiếng Anh,Cấp,Mã đơn vị cấp trên,Hiệu lực từ,Hiệu lực đến";

    private const string SuccessionsHeader = "ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,nhan_so_lieu_cu";

    private readonly string _folder = Directory.CreateTempSubdirectory("sk-units-").FullName;

    private StoreFixture? _fixture;

    protected abstract string Provider { get; }

    private StoreFixture Fixture => _fixture!;

    private IUnitCatalogueImporter Importer => Fixture.Services.GetRequiredService<IUnitCatalogueImporter>();

    private IUnitStore Store => Fixture.Services.GetRequiredService<IUnitStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await StoreFixture.CreateAsync(Provider, configure: s => s.AddSatisfactionKit().AddSpreadsheets());

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_catalogue_with_its_merger_is_imported_with_codes_kept_as_given()
    {
        var units = await WriteAsync("don-vi.csv", UnitsHeader,
            "35,Tỉnh Hà Nam,Ha Nam Province,Tỉnh,,01/01/2000,2025-07-01",
            "37,Tỉnh Ninh Bình,Ninh Binh Province,tinh,,2000-01-01,",
            "347,Thành phố Phủ Lý,,Huyện,35,2000-01-01,2025-07-01",
            "372,Thành phố Hoa Lư,,huyen,37,2000-01-01,2025-07-01",
            "13321,Phường Lê Hồng Phong,,Xã,347,2000-01-01,2025-07-01",
            "13324,Phường Quang Trung,,Phường,347,2000-01-01,2025-07-01",
            "14101,Phường Đông Thành,,xa,372,2000-01-01,2025-07-01",
            "14101,Phường Đông Thành,,xa,37,2025-07-01,",
            "13999,Phường Phủ Lý,Phu Ly Ward,commune,37,01/07/2025,",
            "00012,Phòng Tư pháp,,phong-tu-phap,13999,2025-07-01,");
        var successions = await WriteAsync("ke-thua.csv", SuccessionsHeader, "35,37,2025-07-01,có", "13321,13999,2025-07-01,", "13324,13999,2025-07-01,x");

        var result = await Importer.ImportAsync(new UnitImportRequest(units, successions), Ct);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal((10, 3), (result.VersionRows, result.SuccessionRows));
        var stored = await Store.LoadAsync(Ct);
        Assert.Equal(SampleUnits.Versions.OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.ValidFrom), stored.Versions.Where(v => v.Code != "00012"));
        Assert.Equal(new UnitVersion("00012", new UnitName("Phòng Tư pháp"), new UnitLevel("phong-tu-phap"), "13999", SampleUnits.Merger), stored.Versions[0]);
        Assert.Equal(SampleUnits.Successions.OrderBy(s => s.PredecessorCode, StringComparer.Ordinal), stored.Successions);
    }

    [Fact]
    public async Task Cells_that_cannot_be_read_are_errors_naming_row_and_column_and_nothing_is_stored()
    {
        var units = await WriteAsync("don-vi.csv", UnitsHeader,
            "35,Tỉnh Hà Nam,,Tỉnh,,2000-01-01,",
            "36,,,Tỉnh,,2000-01-01,",
            "37,Tỉnh Ninh Bình,,Tỉnh,,1/13/2000,");
        var successions = await WriteAsync("ke-thua.csv", SuccessionsHeader, "35,37,2025-07-01,có lẽ");

        var result = await Importer.ImportAsync(new UnitImportRequest(units, successions), Ct);

        Assert.Equal(
            [("don-vi.csv", 3, "Tên đơn vị", ErrorCodes.UnitFieldRequired), ("don-vi.csv", 4, "Hiệu lực từ", ErrorCodes.UnitValueInvalid), ("ke-thua.csv", 2, "nhan_so_lieu_cu", ErrorCodes.UnitValueInvalid)],
            result.Errors.Select(e => (e.Source, e.Row, e.Column, e.ErrorCode)));
        Assert.Equal("'Hiệu lực từ' holds '1/13/2000', which cannot be read: a date is written yyyy-MM-dd or dd/MM/yyyy.", result.Errors[1].Text.En);
        Assert.Empty((await Store.LoadAsync(Ct)).Versions);
    }

    [Fact]
    public async Task A_version_ending_before_it_begins_a_cycle_an_unknown_parent_and_a_future_succession_name_their_rows()
    {
        await Store.ReplaceAsync(SampleUnits.Catalogue, DateOnly.FromDateTime(StoreFixture.Start.Date), Ct);
        var units = await WriteAsync("don-vi.csv", UnitsHeader,
            "P,Tỉnh,,Tỉnh,,2000-01-01,",
            "A,Xã A,,Xã,B,2000-01-01,",
            "B,Xã B,,Xã,A,2000-01-01,",
            "C,Xã C,,Xã,P,2025-07-01,2025-06-01",
            "D,Xã D,,Xã,KHONG-CO,2000-01-01,");
        var successions = await WriteAsync("ke-thua.csv", SuccessionsHeader, "C,P,2027-01-01,");

        var result = await Importer.ImportAsync(new UnitImportRequest(units, successions), Ct);

        Assert.Equal(
            [
                ("don-vi.csv", 3, "Mã đơn vị cấp trên", ErrorCodes.UnitParentCycle),
                ("don-vi.csv", 5, "Hiệu lực đến", ErrorCodes.UnitVersionEndsBeforeStart),
                ("don-vi.csv", 6, "Mã đơn vị cấp trên", ErrorCodes.UnitParentUnknown),
                ("ke-thua.csv", 2, "ngay_hieu_luc", ErrorCodes.UnitSuccessionInFuture),
            ],
            result.Errors.Select(e => (e.Source, e.Row, e.Column, e.ErrorCode)).Order());
        Assert.Contains(result.Errors, e => e.Text.Vi == "Quan hệ cấp trên tạo thành vòng lặp ngày 2000-01-01: A → B → A.");
        // All or none: the catalogue stored before is untouched.
        Assert.Equal(SampleUnits.Versions.Count, (await Store.LoadAsync(Ct)).Versions.Count);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_as_a_whole()
    {
        var units = await WriteAsync("don-vi.csv", "ma_don_vi,ten_don_vi,hieu_luc_tu", "35,Tỉnh Hà Nam,2000-01-01");

        var result = await Importer.ImportAsync(new UnitImportRequest(units), Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("don-vi.csv", 1, "cap", ErrorCodes.UnitColumnMissing), (error.Source, error.Row, error.Column, error.ErrorCode));
        Assert.Equal("File 'don-vi.csv' lacks the required column 'cap'.", error.Text.En);
    }

    private async Task<string> WriteAsync(string name, string header, params string[] rows)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllLinesAsync(path, [header, .. rows], new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), Ct);
        return path;
    }
}

/// <summary>The unit import into a SQLite file.</summary>
public sealed class SqliteUnitImportTests : UnitImportTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The unit import into PostgreSQL.</summary>
public sealed class PostgresUnitImportTests : UnitImportTests
{
    protected override string Provider => "postgres";
}
