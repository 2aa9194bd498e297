using System.Text;
using Microsoft.Data.Sqlite;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The operator commands of the sample's executable: import, verify-chain with a checkpoint (ratings and prompt records), report.</summary>
public sealed class OperatorCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_then_verify_chain_catches_an_update_made_in_SQL_and_report_writes_the_files()
    {
        var settings = SampleHostProcess.FreshSqliteSettings();
        var folder = Path.GetDirectoryName(settings["SampleHost__SqliteFile"])!;
        var forms = Path.Combine(folder, "phieu.csv");
        await File.WriteAllTextAsync(forms, """
            Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày trả kết quả,Bộ tiêu chí,THONG_TIN_CSVC,HO_SO,THAI_DO,THOI_GIAN_CHI_PHI
            HS-CLI-1,1.001612,UBND-Q1,2026-10-15,HANOI_2014,HL,HL,HL,KHL
            HS-CLI-2,1.001612,UBND-Q1,2026-10-16,HANOI_2014,HL,HL,HL,HL
            """, new UTF8Encoding(true), Ct);

        var import = await SampleHostProcess.RunCommandAsync(settings, Ct, "import", forms, "--batch", "DOT-2026-10", "--entered-by", "nv.khaosat01");
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("Đã lưu 2 phiếu", import.Output, StringComparison.Ordinal);

        var checkpoint = Path.Combine(folder, "checkpoint.json");
        var export = await SampleHostProcess.RunCommandAsync(settings, Ct, "export-checkpoint", "--out", checkpoint);
        Assert.True(export.ExitCode == 0, export.Output);
        var intact = await SampleHostProcess.RunCommandAsync(settings, Ct, "verify-chain", "--checkpoint", checkpoint);
        Assert.True(intact.ExitCode == 0, intact.Output);
        // One chain per unit code: UBND-Q1 and UBND-Q3, and the two wards merged into UBND-Q1 in 2025 (DemoUnits).
        Assert.Contains("All 4 chains are intact", intact.Output, StringComparison.Ordinal);

        // A database administrator makes a dissatisfied answer of the imported form satisfied.
        string victim;
        await using (var db = new SqliteConnection($"Data Source={settings["SampleHost__SqliteFile"]};Pooling=False"))
        {
            await db.OpenAsync(Ct);
            await using var find = db.CreateCommand();
            find.CommandText = "SELECT lower(r.Id) FROM SK_Ratings r WHERE r.DossierCode = 'HS-CLI-1'";
            victim = (string)(await find.ExecuteScalarAsync(Ct))!;
            await using var update = db.CreateCommand();
            update.CommandText = "UPDATE SK_RatingAnswers SET LevelCode = 'HL', IsSatisfied = 1 WHERE LevelCode = 'KHL' AND RatingId = (SELECT Id FROM SK_Ratings WHERE DossierCode = 'HS-CLI-1')";
            Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
        }

        var tampered = await SampleHostProcess.RunCommandAsync(settings, Ct, "verify-chain", "--checkpoint", checkpoint);
        Assert.True(tampered.ExitCode == 1, tampered.Output);
        Assert.Contains($"rating {victim}", tampered.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("was modified", tampered.Output, StringComparison.Ordinal);

        // A prompt record forged in SQL (a response the unit never had, counted by the response report) is named too.
        var forged = Guid.NewGuid();
        await using (var db = new SqliteConnection($"Data Source={settings["SampleHost__SqliteFile"]};Pooling=False"))
        {
            await db.OpenAsync(Ct);
            await using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO SK_Prompts (Id, CounterId, DossierCode, ProcedureCode, UnitCode, SchemeCode, SchemeVersion, OpenedAt, ClosedAt, Outcome) "
                + $"VALUES ('{forged.ToString().ToUpperInvariant()}', 'QUAY-01', 'HS-CLI-9', '1.001612', 'UBND-Q1', 'HANOI_2014', 1, '2026-10-15 08:00:00', '2026-10-15 08:01:00', 2)";
            Assert.Equal(1, await insert.ExecuteNonQueryAsync(Ct));
        }

        var forgedPrompt = await SampleHostProcess.RunCommandAsync(settings, Ct, "verify-chain");
        Assert.True(forgedPrompt.ExitCode == 1, forgedPrompt.Output);
        Assert.Contains($"prompt record {forged}", forgedPrompt.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("'prompts:UBND-Q1'", forgedPrompt.Output, StringComparison.Ordinal);

        var reports = Path.Combine(folder, "reports");
        var report = await SampleHostProcess.RunCommandAsync(settings, Ct, "report", "--month", "2026-10", "--out", reports);
        Assert.True(report.ExitCode == 0, report.Output);
        Assert.True(new FileInfo(Path.Combine(reports, "bao-cao-2026-10.xlsx")).Length > 1_000);
        Assert.Equal(4, Directory.GetFiles(reports, "*.png").Length);
        Assert.All(Directory.GetFiles(reports, "*.png"), png => Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(png)[..4]));

        var usage = await SampleHostProcess.RunCommandAsync(settings, Ct, "report", "--month", "tháng-mười");
        Assert.Equal(2, usage.ExitCode);
    }
}
