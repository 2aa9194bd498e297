namespace SatisfactionKit.Channels.Paper;

/// <summary>An open error file of a paper import (see <see cref="IPaperFiles.CreateErrorWriterAsync"/>); disposing it completes the file.</summary>
public interface IPaperErrorWriter : IAsyncDisposable
{
    /// <summary>Appends <paramref name="problem"/> as a row: row number, column, error code, message.</summary>
    ValueTask WriteAsync(PaperImportError problem, CancellationToken cancellationToken = default);
}
