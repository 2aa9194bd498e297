using System.Buffers;
using SatisfactionKit.Prompts;
using static SatisfactionKit.Integrity.CanonicalWriter;

namespace SatisfactionKit.Integrity;

/// <summary>
/// The canonical, versioned byte form of a <see cref="PromptRecord"/> that its unit's <c>prompts:{unit}</c>
/// chain covers: every field of the record, so every column the response report reads (unit, procedure,
/// officer, counter, scheme, opening time, outcome) and the rest of the row, in a fixed order, strings
/// length-prefixed in UTF-8, instants as UTC ticks.
/// </summary>
public static class PromptRecordEncoding
{
    /// <summary>The version of the encoding written by <see cref="Encode(PromptRecord)"/>; stored with each link so that it can change later.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>Tells a prompt record's bytes from any other kind's.</summary>
    private const byte Kind = (byte)'P';

    /// <summary>Encodes <paramref name="prompt"/> in encoding <see cref="CurrentVersion"/>.</summary>
    public static byte[] Encode(PromptRecord prompt)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Encode(prompt, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Encodes <paramref name="prompt"/> into <paramref name="buffer"/>, so that a verifier can reuse one buffer.</summary>
    public static void Encode(PromptRecord prompt, ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(buffer);
        WriteByte(buffer, CurrentVersion);
        WriteByte(buffer, Kind);
        WriteGuid(buffer, prompt.Id);
        WriteString(buffer, prompt.CounterId);
        WriteString(buffer, prompt.Dossier.DossierCode);
        WriteString(buffer, prompt.Dossier.ProcedureCode);
        WriteString(buffer, prompt.Dossier.UnitCode);
        WriteString(buffer, prompt.Dossier.OfficerId);
        WriteString(buffer, prompt.Dossier.CounterId);
        WriteString(buffer, prompt.SchemeCode);
        WriteInt64(buffer, prompt.SchemeVersion);
        WriteInt64(buffer, prompt.OpenedAt.UtcTicks);
        WriteInt64(buffer, prompt.ClosedAt.UtcTicks);
        WriteInt64(buffer, (long)prompt.Outcome);
        WriteGuid(buffer, prompt.RatingId ?? Guid.Empty);
        WriteString(buffer, prompt.IncompleteLevelCode);
        WriteString(buffer, prompt.Note);
    }
}
