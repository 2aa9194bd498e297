namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>A row other than a rating that is appended to a hash chain of its kind (prompt records, stray presses), with its link columns.</summary>
internal interface IChainedRow
{
    Guid Id { get; }

    string? ChainKey { get; set; }

    long? ChainSequence { get; set; }

    byte[]? PreviousHash { get; set; }

    byte[]? Hash { get; set; }

    byte? EncodingVersion { get; set; }
}
