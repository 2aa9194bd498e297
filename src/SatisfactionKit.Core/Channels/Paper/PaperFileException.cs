namespace SatisfactionKit.Channels.Paper;

/// <summary>
/// Thrown by an <see cref="IPaperFiles"/> reader for a file that cannot be read as a table at all: broken,
/// truncated, another kind of file under the name, an extension it does not read. The import answers it
/// as one clear error about the file (<c>SK_PAPER_FILE_UNREADABLE</c>), never as an unhandled exception.
/// </summary>
public sealed class PaperFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/>, with what is wrong in Vietnamese and English.</summary>
    /// <param name="filePath">The file.</param>
    /// <param name="vietnamese">What is wrong, in Vietnamese.</param>
    /// <param name="english">What is wrong, in English.</param>
    /// <param name="innerException">The reader's own error, for the logs.</param>
    public PaperFileException(string filePath, string vietnamese, string english, Exception? innerException = null)
        : base($"{Path.GetFileName(filePath)}: {vietnamese} / {english}", innerException)
    {
        FilePath = filePath;
        Vietnamese = vietnamese;
        English = english;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong, in Vietnamese.</summary>
    public string Vietnamese { get; }

    /// <summary>What is wrong, in English.</summary>
    public string English { get; }
}
