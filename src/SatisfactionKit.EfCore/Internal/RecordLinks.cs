using System.Buffers;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Links prompt records and stray presses into their unit's chains (<see cref="RecordChains"/>), as
/// <see cref="ChainHeads.Append"/> links ratings: the row's canonical encoding hashed after the chain's
/// locked head, exactly as the row will read back, and the head moved to it.
/// </summary>
internal static class RecordLinks
{
    /// <summary>The chain a prompt record is appended to: <c>prompts:{unit}</c>.</summary>
    public static string KeyOf(PromptRecordEntity prompt) => RecordChains.PromptKeyOf(prompt.UnitCode);

    /// <summary>The chain a stray press is appended to: <c>strays:{unit}</c>.</summary>
    public static string KeyOf(StrayPressEntity press) => RecordChains.StrayKeyOf(press.UnitCode);

    /// <summary>Encodes <paramref name="prompt"/> into <paramref name="buffer"/> as its link hashes it.</summary>
    public static void Encode(PromptRecordEntity prompt, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        PromptRecordEncoding.Encode(PromptMapper.ToRecord(prompt), buffer);
    }

    /// <summary>Encodes <paramref name="press"/> into <paramref name="buffer"/> as its link hashes it.</summary>
    public static void Encode(StrayPressEntity press, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        StrayPressEncoding.Encode(StrayPressMapper.ToPress(press), buffer);
    }

    /// <summary>Links <paramref name="prompt"/> after <paramref name="head"/> (its chain's, locked) and moves the head to it.</summary>
    public static void Append(PromptRecordEntity prompt, ChainHeadEntity head, ArrayBufferWriter<byte> buffer)
    {
        Encode(prompt, buffer);
        (prompt.ChainKey, prompt.ChainSequence, prompt.PreviousHash, prompt.EncodingVersion) = (head.ChainKey, head.Sequence + 1, head.Hash, PromptRecordEncoding.CurrentVersion);
        prompt.Hash = Move(head, buffer);
    }

    /// <summary>Links <paramref name="press"/> after <paramref name="head"/> (its chain's, locked) and moves the head to it.</summary>
    public static void Append(StrayPressEntity press, ChainHeadEntity head, ArrayBufferWriter<byte> buffer)
    {
        Encode(press, buffer);
        (press.ChainKey, press.ChainSequence, press.PreviousHash, press.EncodingVersion) = (head.ChainKey, head.Sequence + 1, head.Hash, StrayPressEncoding.CurrentVersion);
        press.Hash = Move(head, buffer);
    }

    /// <summary>The hash of the link after <paramref name="head"/> over <paramref name="encoded"/>; the head moved to it.</summary>
    private static byte[] Move(ChainHeadEntity head, ArrayBufferWriter<byte> encoded)
    {
        var hash = RatingChain.ComputeHash(head.ChainKey, head.Sequence + 1, head.Hash, encoded.WrittenSpan);
        head.Sequence++;
        head.Hash = hash;
        return hash;
    }
}
