using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace SatisfactionKit.Integrity;

/// <summary>The field writers of the canonical encodings: strings length-prefixed in UTF-8 (-1 for null), integers big-endian, identifiers big-endian.</summary>
internal static class CanonicalWriter
{
    public static void WriteByte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    public static void WriteString(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            WriteInt64(buffer, -1);
            return;
        }

        // One pass: encode after room for the length, then write the length in front of the bytes.
        var span = buffer.GetSpan(8 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, span[8..]);
        BinaryPrimitives.WriteInt64BigEndian(span, length);
        buffer.Advance(8 + length);
    }

    public static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    public static void WriteGuid(ArrayBufferWriter<byte> buffer, Guid value)
    {
        value.TryWriteBytes(buffer.GetSpan(16), bigEndian: true, out _);
        buffer.Advance(16);
    }
}
