using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Channels.Paper;

/// <summary>
/// The default <see cref="IPaperSurveyImporter"/>: rows come from the <see cref="IPaperFiles"/> the
/// composition registers (<c>AddSpreadsheets()</c>); without one, an import fails with a message saying so.
/// </summary>
internal sealed partial class PaperSurveyImporter(
    IValidator<RatingSubmission> validator,
    IRatingSchemeProvider schemes,
    IRatingBatchStore batches,
    IOptionsMonitor<SatisfactionKitOptions> options,
    TimeProvider timeProvider,
    ILogger<PaperSurveyImporter> logger,
    IPaperFiles? files = null) : IPaperSurveyImporter
{
    private const int ChunkSize = 500;
    private const int ProgressEvery = 500;
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "d/M/yyyy"];

    public async Task<PaperImportResult> ImportAsync(PaperImportRequest request, IProgress<PaperImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paperFiles = files ?? throw new InvalidOperationException(
            "Chưa đăng ký cách đọc tệp phiếu giấy (IPaperFiles): gọi AddSpreadsheets() của gói SatisfactionKit.Spreadsheets. / No paper file reader (IPaperFiles) is registered: call AddSpreadsheets() from the SatisfactionKit.Spreadsheets package.");
        try
        {
            return await ImportRowsAsync(request, paperFiles, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (PaperFileException ex)
        {
            // Nothing was stored: the batch commits only after the whole file has been read twice.
            LogUnreadable(ex, request.FilePath);
            var error = new PaperImportError(0, string.Empty, ErrorCodes.PaperFileUnreadable, Messages.Current(ErrorCodes.PaperFileUnreadable, Path.GetFileName(request.FilePath), ex.Vietnamese, ex.English));
            return await RefuseFileAsync(request, paperFiles, [error], 0, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PaperImportResult> ImportRowsAsync(PaperImportRequest request, IPaperFiles paperFiles, IProgress<PaperImportProgress>? progress, CancellationToken cancellationToken)
    {
        var schemeCache = new Dictionary<string, RatingScheme?>(StringComparer.Ordinal);

        // First pass: validate every row, writing errors as they are found, so memory stays flat.
        var rows = 0;
        var errors = 0;
        var first = new List<PaperImportError>();
        // The only state that grows with the file: the validator sees the store, not the rows before,
        // so a dossier entered twice in one file is caught here (a few dozen bytes per row).
        var dossiers = new HashSet<string>(StringComparer.Ordinal);
        IPaperErrorWriter? errorWriter = null;
        try
        {
            await foreach (var row in paperFiles.ReadRowsAsync(request.FilePath, cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows++;
                if (rows == 1 && PaperHeaderCheck.Check(row.Headers, await KnownCriteriaAsync(cancellationToken).ConfigureAwait(false)) is { Count: > 0 } headerErrors)
                {
                    return await RefuseFileAsync(request, paperFiles, headerErrors, rows, cancellationToken).ConfigureAwait(false);
                }

                var (submission, problems, headers) = await ParseAsync(row, request, schemeCache, cancellationToken).ConfigureAwait(false);
                if (problems.Count == 0)
                {
                    var validation = await validator.ValidateAsync(submission, cancellationToken).ConfigureAwait(false);
                    problems.AddRange(validation.Errors.Select(e => new PaperImportError(row.Number, ColumnOf(e.PropertyName, submission, headers), e.ErrorCode, e.ErrorMessage)));
                }

                if (submission.Dossier is { DossierCode: { } code } && !dossiers.Add(code))
                {
                    problems.Add(new PaperImportError(row.Number, ColumnOf("Dossier", submission, headers), ErrorCodes.AlreadyRated, Messages.Current(ErrorCodes.AlreadyRated, code, Messages.Current(ErrorCodes.AlreadyRatedChannelSuffix, RatingChannel.Paper))));
                }

                foreach (var problem in problems)
                {
                    errors++;
                    if (first.Count < 100)
                    {
                        first.Add(problem);
                    }

                    errorWriter ??= await paperFiles.CreateErrorWriterAsync(request.ErrorFilePath, cancellationToken).ConfigureAwait(false);
                    await errorWriter.WriteAsync(problem, cancellationToken).ConfigureAwait(false);
                }

                if (rows % ProgressEvery == 0)
                {
                    progress?.Report(new PaperImportProgress(PaperImportStage.Validating, rows, errors));
                }
            }
        }
        finally
        {
            if (errorWriter is not null)
            {
                await errorWriter.DisposeAsync().ConfigureAwait(false);
            }
        }

        progress?.Report(new PaperImportProgress(PaperImportStage.Validating, rows, errors));
        if (errors > 0)
        {
            LogRefused(request.FilePath, rows, errors);
            return new PaperImportResult(rows, 0, errors, first, request.ErrorFilePath);
        }

        // Second pass: the file is known good; read it again and store all of it in one batch.
        var now = timeProvider.GetUtcNow();
        var batch = await batches.BeginAsync(new RatingBatchInfo(request.BatchId, request.EnteredBy, Path.GetFileName(request.FilePath), now), cancellationToken).ConfigureAwait(false);
        await using (batch.ConfigureAwait(false))
        {
            var chunk = new List<Rating>(ChunkSize);
            var stored = 0;
            await foreach (var row in paperFiles.ReadRowsAsync(request.FilePath, cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (submission, _, _) = await ParseAsync(row, request, schemeCache, cancellationToken).ConfigureAwait(false);
                var scheme = schemeCache[submission.SchemeCode!]!;
                chunk.Add(RatingService.Build(submission, scheme, now));
                if (chunk.Count == ChunkSize)
                {
                    await batch.AddRangeAsync([.. chunk], cancellationToken).ConfigureAwait(false);
                    stored += chunk.Count;
                    chunk.Clear();
                    progress?.Report(new PaperImportProgress(PaperImportStage.Storing, stored, 0));
                }
            }

            if (chunk.Count > 0)
            {
                await batch.AddRangeAsync([.. chunk], cancellationToken).ConfigureAwait(false);
                stored += chunk.Count;
            }

            await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(new PaperImportProgress(PaperImportStage.Storing, stored, 0));
            LogStored(request.FilePath, stored, request.BatchId, request.EnteredBy);
            return new PaperImportResult(rows, stored, 0, [], null);
        }
    }

    private async ValueTask<(RatingSubmission Submission, List<PaperImportError> Problems, Dictionary<string, string> Headers)> ParseAsync(
        PaperRow row, PaperImportRequest request, Dictionary<string, RatingScheme?> schemeCache, CancellationToken ct)
    {
        var problems = new List<PaperImportError>();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < row.Headers.Count; i++)
        {
            // Headers that fold alike: the first one names the column. A header written twice: its last cell counts.
            var header = row.Headers[i];
            var key = PaperColumns.Fold(header);
            if (headers.TryAdd(key, header) || string.Equals(headers[key], header, StringComparison.Ordinal))
            {
                var value = i < row.Cells.Count ? row.Cells[i] : null;
                byKey[key] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
        }

        string? Cell(string key) => byKey.GetValueOrDefault(key);

        var kit = options.CurrentValue;
        var schemeCode = Cell(PaperColumns.SchemeCode) ?? request.SchemeCode ?? kit.DefaultScheme.Code;
        if (!schemeCache.TryGetValue(schemeCode, out var scheme))
        {
            scheme = await schemes.FindAsync(schemeCode, schemeCode == kit.DefaultScheme.Code ? kit.DefaultScheme.Version : null, ct).ConfigureAwait(false);
            schemeCache[schemeCode] = scheme;
        }

        var answers = new List<AnswerSubmission>();
        if (scheme is not null)
        {
            foreach (var (key, value) in byKey)
            {
                if (value is not null && PaperColumns.Criterion(scheme, key) is { } criterion)
                {
                    answers.Add(new AnswerSubmission(criterion.Code, value));
                }
                else if (value is not null && !PaperColumns.FormColumns.Contains(key))
                {
                    // A criterion of another scheme than this row's: said, not dropped.
                    problems.Add(new PaperImportError(row.Number, headers[key], ErrorCodes.PaperColumnUnknown, Messages.Current(ErrorCodes.PaperColumnUnknown, headers[key], scheme.Code)));
                }
            }
        }

        DateTimeOffset? returned = null;
        if (Cell(PaperColumns.ResultReturnedAt) is { } text)
        {
            if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                // Forms carry local dates; the agencies are all in Vietnam.
                returned = new DateTimeOffset(local, VietnamOffset);
            }
            else
            {
                problems.Add(new PaperImportError(row.Number, headers[PaperColumns.ResultReturnedAt], ErrorCodes.PaperDateFormat, Messages.Current(ErrorCodes.PaperDateFormat, text)));
            }
        }

        var submission = new RatingSubmission
        {
            SchemeCode = schemeCode,
            SchemeVersion = scheme?.Version,
            Dossier = Cell(PaperColumns.DossierCode) is { } dossier
                ? new DossierReference(dossier, Cell(PaperColumns.ProcedureCode) ?? string.Empty, Cell(PaperColumns.UnitCode) ?? string.Empty, Cell(PaperColumns.OfficerId))
                : null,
            Channel = RatingChannel.Paper,
            Answers = answers,
            Conditions = Split(Cell(PaperColumns.Conditions)),
            Reasons = Split(Cell(PaperColumns.Reasons)),
            Comment = Cell(PaperColumns.Comment),
            ResultReturnedAt = returned,
            IdempotencyKey = $"paper:{request.BatchId}:{row.Number.ToString(CultureInfo.InvariantCulture)}",
        };
        return (submission, problems, headers);
    }

    private static string[] Split(string? cell) =>
        cell?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The column a validation failure points at, as headed in the file.</summary>
    private static string ColumnOf(string property, RatingSubmission submission, Dictionary<string, string> headers)
    {
        string Header(string key, string fallback) => headers.GetValueOrDefault(key) ?? fallback;
        if (property.StartsWith("Answers[", StringComparison.Ordinal))
        {
            var index = int.Parse(property.AsSpan(8, property.IndexOf(']', StringComparison.Ordinal) - 8), CultureInfo.InvariantCulture);
            var code = submission.Answers[index].CriterionCode;
            return Header(PaperColumns.Fold(code), code);
        }

        return property switch
        {
            "Dossier" or "Dossier.DossierCode" or "SurveyId" => Header(PaperColumns.DossierCode, "ma_ho_so"),
            "Dossier.ProcedureCode" => Header(PaperColumns.ProcedureCode, "ma_thu_tuc"),
            "Dossier.UnitCode" => Header(PaperColumns.UnitCode, "ma_don_vi"),
            "Dossier.OfficerId" => Header(PaperColumns.OfficerId, "ma_can_bo"),
            "ResultReturnedAt" => Header(PaperColumns.ResultReturnedAt, "ngay_tra_ket_qua"),
            "SchemeCode" => Header(PaperColumns.SchemeCode, "bo_tieu_chi"),
            "Comment" => Header(PaperColumns.Comment, "y_kien"),
            _ when property.StartsWith("Conditions", StringComparison.Ordinal) => Header(PaperColumns.Conditions, "dieu_kien"),
            _ when property.StartsWith("Reasons", StringComparison.Ordinal) => Header(PaperColumns.Reasons, "ly_do"),
            _ => property,
        };
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Paper import of {File} refused: {Rows} rows, {Errors} errors; nothing stored")]
    private partial void LogRefused(string file, int rows, int errors);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Paper import of {File}: {Stored} ratings stored in batch {BatchId} entered by {EnteredBy}")]
    private partial void LogStored(string file, int stored, string batchId, string enteredBy);
}
