using Microsoft.Extensions.Logging;

namespace SatisfactionKit.Channels.Paper;

/// <summary>Refusing a whole file (unreadable, or columns not recognised): its errors still go to the error file.</summary>
internal sealed partial class PaperSurveyImporter
{
    private async Task<PaperImportResult> RefuseFileAsync(PaperImportRequest request, IPaperFiles paperFiles, List<PaperImportError> errors, int rows, CancellationToken cancellationToken)
    {
        var writer = await paperFiles.CreateErrorWriterAsync(request.ErrorFilePath, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var error in errors)
            {
                await writer.WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }

        LogFileRefused(request.FilePath, errors[0].ErrorCode);
        return new PaperImportResult(rows, 0, errors.Count, errors, request.ErrorFilePath) { FileRefused = true };
    }

    /// <summary>Every criterion of every scheme the provider knows, folded as headers are.</summary>
    private async ValueTask<IReadOnlySet<string>> KnownCriteriaAsync(CancellationToken cancellationToken) =>
        (await schemes.ListAsync(cancellationToken).ConfigureAwait(false)).SelectMany(s => s.Criteria).Select(c => PaperColumns.Fold(c.Code)).ToHashSet(StringComparer.Ordinal);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Paper import of {File} refused as a whole: {ErrorCode}; nothing stored")]
    private partial void LogFileRefused(string file, string errorCode);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Paper file {File} cannot be read")]
    private partial void LogUnreadable(Exception exception, string file);
}
