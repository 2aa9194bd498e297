using System.Runtime.InteropServices;
using SatisfactionKit.Devices.Native.Libc;

namespace SatisfactionKit.Devices.Transports.Hidraw;

/// <summary>
/// An open hidraw node. Reads poll() with a short timeout (so cancellation is noticed) and then
/// read exactly one report; POLLHUP/POLLERR/EIO/ENODEV mean the pad went away.
/// </summary>
internal sealed class HidrawConnection : IPadConnection
{
    private const int PollTimeoutMs = 100;

    private readonly SafeFileDescriptor _fd;
    private readonly int _reportLength;
    private readonly string _path;

    private HidrawConnection(SafeFileDescriptor fd, int reportLength, string path)
    {
        _fd = fd;
        _reportLength = reportLength;
        _path = path;
    }

    /// <summary>The raw device info (bus, vendor, product) the kernel reports, when the node answers HIDIOCGRAWINFO.</summary>
    public Libc.HidrawDevInfo? RawInfo { get; private set; }

    /// <summary>The size of the report descriptor, when the node answers HIDIOCGRDESCSIZE.</summary>
    public int? DescriptorSize { get; private set; }

    /// <summary>The report descriptor, when the node answers HIDIOCGRDESC (for logs and for recording new pad models).</summary>
    public byte[]? ReportDescriptor { get; private set; }

    public static unsafe HidrawConnection Open(string path, int reportLength)
    {
        var fd = Libc.Open(path, Libc.O_RDWR | Libc.O_CLOEXEC);
        if (fd.IsInvalid)
        {
            var errno = Marshal.GetLastPInvokeError();
            fd.Dispose();
            if (errno == Libc.EACCES)
            {
                throw new UnauthorizedAccessException(
                    $"Permission denied opening {path}. Install the udev rule 69-satisfactionkit.rules into /etc/udev/rules.d " +
                    "(it grants the logged-in user access, or the plugdev group in its variant), run 'sudo udevadm control --reload && sudo udevadm trigger', then re-plug the pad.");
            }

            if (errno is Libc.ENODEV or 2)
            {
                throw new PadDisconnectedException($"{path} is gone (errno {errno}).");
            }

            throw new IOException($"Could not open {path} (errno {errno}).");
        }

        var connection = new HidrawConnection(fd, reportLength, path);
        Libc.HidrawDevInfo info;
        if (Libc.Ioctl(fd, Libc.HIDIOCGRAWINFO, &info) == 0)
        {
            connection.RawInfo = info;
        }

        int size;
        if (Libc.Ioctl(fd, Libc.HIDIOCGRDESCSIZE, &size) == 0 && size is > 0 and <= Libc.HidMaxDescriptorSize)
        {
            connection.DescriptorSize = size;
            var descriptor = new Libc.HidrawReportDescriptor { Size = (uint)size };
            if (Libc.Ioctl(fd, Libc.HIDIOCGRDESC, &descriptor) == 0)
            {
                connection.ReportDescriptor = new ReadOnlySpan<byte>(descriptor.Value, size).ToArray();
            }
        }

        return connection;
    }

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Length < _reportLength)
        {
            throw new ArgumentException("The buffer is shorter than one report.", nameof(buffer));
        }

        // The blocking poll loop runs on a pool thread so the host's reader never blocks a caller.
        return new ValueTask<int>(Task.Run(() => ReadBlocking(buffer, cancellationToken), cancellationToken));
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        unsafe
        {
            fixed (byte* p = report.Span)
            {
                var written = Libc.Write(_fd, p, (nuint)report.Length);
                if (written < 0)
                {
                    throw FileDescriptorReads.ErrnoException(Marshal.GetLastPInvokeError(), "write", _path);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _fd.Dispose();
        return ValueTask.CompletedTask;
    }

    private unsafe int ReadBlocking(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!FileDescriptorReads.WaitReadable(_fd, _path, PollTimeoutMs))
            {
                continue;
            }

            using var pin = buffer.Pin();
            var read = Libc.Read(_fd, (byte*)pin.Pointer, (nuint)_reportLength);
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

            return (int)read;
        }
    }
}
