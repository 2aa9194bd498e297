using System.Runtime.CompilerServices;
using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.Spreadsheets.Paper;

/// <summary>
/// Turns whatever a file library throws while reading a paper file (a truncated zip, a CSV named .xlsx,
/// random bytes, a missing or locked file) into a <see cref="PaperFileException"/> that says, in
/// Vietnamese and English, which file and what is wrong, so the import answers with one clear error
/// instead of an unhandled exception.
/// </summary>
internal static class PaperFileGuard
{
    public static async IAsyncEnumerable<PaperRow> ReadAsync(IAsyncEnumerable<PaperRow> rows, string path, bool excel, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Whatever the file library throws means the same to the person importing: this file cannot be read.
                catch (Exception ex) when (ex is not OperationCanceledException and not PaperFileException)
#pragma warning restore CA1031
                {
                    throw Unreadable(path, excel, ex);
                }

                if (!more)
                {
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    public static PaperFileException UnsupportedExtension(string path) => new(
        path,
        $"chỉ nhập được tệp .csv hoặc .xlsx, không nhập được tệp '{Path.GetExtension(path)}'",
        $"only .csv and .xlsx files can be imported, not '{Path.GetExtension(path)}'");

    private static PaperFileException Unreadable(string path, bool excel, Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => new(path, "không tìm thấy tệp", "the file does not exist", ex),
        IOException => new(path, $"lỗi khi đọc tệp ({ex.Message})", $"reading it failed ({ex.Message})", ex),
        _ when excel => new(
            path,
            "đây không phải tệp Excel (.xlsx) hợp lệ: tệp hỏng, bị cắt cụt, hoặc là loại tệp khác được đổi đuôi thành .xlsx",
            "it is not a valid Excel (.xlsx) file: broken, truncated, or another kind of file renamed to .xlsx",
            ex),
        _ => new(path, $"không đọc được dạng CSV ({ex.Message})", $"it cannot be read as CSV ({ex.Message})", ex),
    };
}
