using System.Buffers;
using SatisfactionKit.Prompts;
using static SatisfactionKit.Integrity.CanonicalWriter;

namespace SatisfactionKit.Integrity;

/// <summary>
/// The canonical, versioned byte form of a <see cref="StrayPress"/> that its unit's <c>strays:{unit}</c>
/// chain covers: every field of the press, so every column the reports read (unit, counter, time) and
/// the rest of the row, in a fixed order, strings length-prefixed in UTF-8, instants as UTC ticks.
/// </summary>
public static class StrayPressEncoding
{
    /// <summary>The version of the encoding written by <see cref="Encode(StrayPress)"/>; stored with each link so that it can change later.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>Tells a stray press's bytes from any other kind's.</summary>
    private const byte Kind = (byte)'S';

    /// <summary>Encodes <paramref name="press"/> in encoding <see cref="CurrentVersion"/>.</summary>
    public static byte[] Encode(StrayPress press)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        Encode(press, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Encodes <paramref name="press"/> into <paramref name="buffer"/>, so that a verifier can reuse one buffer.</summary>
    public static void Encode(StrayPress press, ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(press);
        ArgumentNullException.ThrowIfNull(buffer);
        WriteByte(buffer, CurrentVersion);
        WriteByte(buffer, Kind);
        WriteGuid(buffer, press.Id);
        WriteString(buffer, press.CounterId);
        WriteString(buffer, press.UnitCode);
        WriteInt64(buffer, (long)press.Reason);
        WriteString(buffer, press.LevelCode);
        WriteString(buffer, press.DeviceId);
        WriteGuid(buffer, press.PromptId ?? Guid.Empty);
        WriteInt64(buffer, press.PressedAt.UtcTicks);
    }
}
