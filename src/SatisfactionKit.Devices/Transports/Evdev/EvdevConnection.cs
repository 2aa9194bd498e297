using System.Buffers.Binary;
using System.Runtime.InteropServices;
using SatisfactionKit.Devices.Native.Libc;

namespace SatisfactionKit.Devices.Transports.Evdev;

/// <summary>
/// An open evdev node of a keyboard-emulating pad, grabbed with EVIOCGRAB so that its keys reach
/// no other program (no digits typed into the officer's window). Each read returns the key code of
/// one key-down event as two little-endian bytes, as <see cref="Profiles.PadDecoder"/> expects for
/// keyboard pads.
/// </summary>
internal sealed class EvdevConnection : IPadConnection
{
    private const int PollTimeoutMs = 100;

    private readonly SafeFileDescriptor _fd;
    private readonly string _path;
    private readonly int _eventSize = InputEvent.Size;

    private EvdevConnection(SafeFileDescriptor fd, string path)
    {
        _fd = fd;
        _path = path;
    }

    public static EvdevConnection Open(string path)
    {
        var fd = Libc.Open(path, Libc.O_RDONLY | Libc.O_CLOEXEC);
        if (fd.IsInvalid)
        {
            var errno = Marshal.GetLastPInvokeError();
            fd.Dispose();
            throw errno switch
            {
                Libc.EACCES => new UnauthorizedAccessException(
                    $"Permission denied opening {path}. Install the udev rule 69-satisfactionkit.rules (its input lines give the counter user the pad's event node), " +
                    "run 'sudo udevadm control --reload && sudo udevadm trigger', then re-plug the pad. / " +
                    $"Không có quyền mở {path}: hãy cài quy tắc udev 69-satisfactionkit.rules rồi cắm lại bàn phím đánh giá."),
                Libc.ENODEV or 2 => new PadDisconnectedException($"{path} is gone (errno {errno})."),
                _ => new IOException($"Could not open {path} (errno {errno})."),
            };
        }

        if (Libc.Ioctl(fd, Libc.EVIOCGRAB, 1) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            fd.Dispose();

            // EBUSY: another program (an X server, another host) holds the grab; the keys would leak to it.
            throw new IOException($"Could not grab {path} with EVIOCGRAB (errno {errno}); another program holds it.");
        }

        return new EvdevConnection(fd, path);
    }

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Length < 2)
        {
            throw new ArgumentException("The buffer is shorter than one key code.", nameof(buffer));
        }

        return new ValueTask<int>(Task.Run(() => ReadBlocking(buffer, cancellationToken), cancellationToken));
    }

    // Keyboard pads have no outputs.
    public ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        if (!_fd.IsClosed)
        {
            // Closing releases the grab too; releasing first keeps the intent plain.
            _ = Libc.Ioctl(_fd, Libc.EVIOCGRAB, 0);
            _fd.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private unsafe int ReadBlocking(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        Span<byte> ev = stackalloc byte[InputEvent.Size64];
        ev = ev[.._eventSize];
        var filled = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!FileDescriptorReads.WaitReadable(_fd, _path, PollTimeoutMs))
            {
                continue;
            }

            // The kernel hands out whole events; a pty under test may split them, so an event is completed across reads.
            nint read;
            fixed (byte* p = ev)
            {
                read = Libc.Read(_fd, p + filled, (nuint)(_eventSize - filled));
            }

            if (read < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno is Libc.EINTR or Libc.EAGAIN)
                {
                    continue;
                }

                throw FileDescriptorReads.ErrnoException(errno, "read", _path);
            }

            if (read == 0)
            {
                throw new PadDisconnectedException($"{_path} reached end of file.");
            }

            filled += (int)read;
            if (filled < _eventSize)
            {
                continue;
            }

            filled = 0;
            if (InputEvent.TryGetKeyDown(ev, _eventSize, out var code))
            {
                BinaryPrimitives.WriteUInt16LittleEndian(buffer.Span, code);
                return 2;
            }
        }
    }
}
