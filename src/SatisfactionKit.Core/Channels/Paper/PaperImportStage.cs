namespace SatisfactionKit.Channels.Paper;

/// <summary>The passes of an import.</summary>
public enum PaperImportStage
{
    /// <summary>Every row is read and validated; nothing is stored.</summary>
    Validating = 1,

    /// <summary>The file had no error; rows are read again and stored in one batch.</summary>
    Storing = 2,
}
