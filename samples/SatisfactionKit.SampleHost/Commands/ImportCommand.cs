using System.CommandLine;
using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.SampleHost.Commands;

/// <summary>
/// <c>import &lt;file&gt;</c>: paper survey forms (CSV or .xlsx) into the store, all or none, with progress.
/// Exit codes: 0 stored; 1 rows refused (see the error file); 2 the file does not exist; 3 the file was
/// refused as a whole (unreadable, not UTF-8, a required or unknown column).
/// </summary>
public static class ImportCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV hoặc .xlsx các phiếu khảo sát giấy / the CSV or .xlsx file of paper forms" };
        var batch = new Option<string>("--batch") { Description = "Đợt khảo sát / the survey batch, e.g. DOT-2026-10", Required = true };
        var enteredBy = new Option<string>("--entered-by") { Description = "Người nhập phiếu / who entered the forms", Required = true };
        var errors = new Option<FileInfo?>("--errors") { Description = "Tệp lỗi (mặc định: <file>.loi.csv) / the error file (default <file>.loi.csv)" };
        var scheme = new Option<string?>("--scheme") { Description = "Bộ tiêu chí khi tệp không có cột / the scheme when the file has no scheme column" };
        var command = new Command("import", "Nhập phiếu khảo sát giấy / import paper survey forms") { file, batch, enteredBy, errors, scheme };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp / file not found: {path.FullName}");
                return 2;
            }

            var request = new PaperImportRequest
            {
                FilePath = path.FullName,
                ErrorFilePath = parse.GetValue(errors)?.FullName ?? Path.ChangeExtension(path.FullName, ".loi.csv"),
                BatchId = parse.GetValue(batch)!,
                EnteredBy = parse.GetValue(enteredBy)!,
                SchemeCode = parse.GetValue(scheme),
            };
            var importer = services.GetRequiredService<IPaperSurveyImporter>();
            {
                var result = await importer.ImportAsync(request, new ConsoleProgress(), ct);
                if (result.Succeeded)
                {
                    Console.WriteLine($"Đã lưu {result.StoredCount} phiếu / stored {result.StoredCount} forms ({request.BatchId}, {request.EnteredBy}).");
                    return 0;
                }

                Console.WriteLine($"Không lưu phiếu nào: {result.ErrorCount} lỗi trong {result.RowCount} dòng / nothing stored: {result.ErrorCount} errors in {result.RowCount} rows.");
                foreach (var error in result.FirstErrors.Take(10))
                {
                    Console.WriteLine($"  dòng/row {error.Row}, cột/column {error.Column}: {error.Message}");
                }

                Console.WriteLine($"Tệp lỗi / error file: {result.ErrorFilePath}");
                // 3: the file as a whole (unreadable, or its columns); 1: some rows were refused.
                return result.FileRefused ? 3 : 1;
            }
        });
        return command;
    }

    /// <summary>Progress on one console line per step, so a long file shows it is moving.</summary>
    private sealed class ConsoleProgress : IProgress<PaperImportProgress>
    {
        public void Report(PaperImportProgress value)
        {
            var stage = value.Stage == PaperImportStage.Validating ? "Kiểm tra / validating" : "Lưu / storing";
            Console.WriteLine($"{stage}: {value.RowsDone} dòng/rows, {value.ErrorCount} lỗi/errors");
        }
    }
}
