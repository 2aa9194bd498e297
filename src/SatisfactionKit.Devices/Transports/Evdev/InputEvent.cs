using System.Buffers.Binary;

namespace SatisfactionKit.Devices.Transports.Evdev;

/// <summary>
/// Linux <c>struct input_event</c>: a <c>struct timeval</c> (two C longs), then <c>__u16 type</c>,
/// <c>__u16 code</c>, <c>__s32 value</c>, in the machine's byte order (little-endian on every
/// platform .NET runs Linux on). 24 bytes in a 64-bit process, 16 in a 32-bit one.
/// </summary>
internal static class InputEvent
{
    public const ushort EvKey = 0x01;
    public const int KeyDown = 1;

    /// <summary>The size of one event in this process.</summary>
    public static int Size => Environment.Is64BitProcess ? Size64 : Size32;

    public const int Size64 = 24;
    public const int Size32 = 16;

    /// <summary>Reads one event of the given size; false when the bytes are not exactly one event.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, int eventSize, out ushort type, out ushort code, out int value)
    {
        type = code = 0;
        value = 0;
        if (eventSize is not (Size64 or Size32) || bytes.Length != eventSize)
        {
            return false;
        }

        var payload = bytes[(eventSize - 8)..];
        type = BinaryPrimitives.ReadUInt16LittleEndian(payload);
        code = BinaryPrimitives.ReadUInt16LittleEndian(payload[2..]);
        value = BinaryPrimitives.ReadInt32LittleEndian(payload[4..]);
        return true;
    }

    /// <summary>The key code of a key-down event (auto-repeat and release are not presses).</summary>
    public static bool TryGetKeyDown(ReadOnlySpan<byte> bytes, int eventSize, out ushort code)
    {
        if (TryParse(bytes, eventSize, out var type, out code, out var value) && type == EvKey && value == KeyDown && code != 0)
        {
            return true;
        }

        code = 0;
        return false;
    }
}
