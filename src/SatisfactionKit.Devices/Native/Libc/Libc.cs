using System.Runtime.InteropServices;

namespace SatisfactionKit.Devices.Native.Libc;

/// <summary>The libc calls the hidraw (and evdev) transports need.</summary>
internal static partial class Libc
{
    public const int O_RDWR = 0x2;
    public const int O_CLOEXEC = 0x80000;
    public const int O_NONBLOCK = 0x800;

    public const short POLLIN = 0x1;
    public const short POLLERR = 0x8;
    public const short POLLHUP = 0x10;
    public const short POLLNVAL = 0x20;

    public const int EINTR = 4;
    public const int EIO = 5;
    public const int EAGAIN = 11;
    public const int EACCES = 13;
    public const int ENODEV = 19;

    // _IOR('H', n, size) on the common Linux ABI (x86, x86-64, arm, arm64): dir READ (2) << 30 | size << 16 | 'H' << 8 | n.
    public const uint HIDIOCGRDESCSIZE = 0x80044801;
    public const uint HIDIOCGRDESC = 0x90044802;
    public const uint HIDIOCGRAWINFO = 0x80084803;

    public const int O_RDONLY = 0x0;

    // evdev, on the same common Linux ABI: EVIOCGID = _IOR('E', 0x02, struct input_id), EVIOCGNAME(256) and
    // EVIOCGUNIQ(256) = _IOC(READ, 'E', 0x06 / 0x08, 256), EVIOCGRAB = _IOW('E', 0x90, int).
    public const uint EVIOCGID = 0x80084502;
    public const uint EVIOCGNAME256 = 0x81004506;
    public const uint EVIOCGUNIQ256 = 0x81004508;
    public const uint EVIOCGRAB = 0x40044590;
    public const int EvdevStringLength = 256;

    static Libc() => LibcLibrary.EnsureResolver();

    [LibraryImport(LibcLibrary.Name, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial SafeFileDescriptor Open(string path, int flags);

    [LibraryImport(LibcLibrary.Name, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(LibcLibrary.Name, EntryPoint = "read", SetLastError = true)]
    public static unsafe partial nint Read(SafeFileDescriptor fd, byte* buffer, nuint count);

    [LibraryImport(LibcLibrary.Name, EntryPoint = "write", SetLastError = true)]
    public static unsafe partial nint Write(SafeFileDescriptor fd, byte* buffer, nuint count);

    [LibraryImport(LibcLibrary.Name, EntryPoint = "poll", SetLastError = true)]
    public static unsafe partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport(LibcLibrary.Name, EntryPoint = "ioctl", SetLastError = true)]
    public static unsafe partial int Ioctl(SafeFileDescriptor fd, nuint request, void* argument);

    /// <summary>ioctl with an int passed by value (EVIOCGRAB takes 1 or 0, not a pointer).</summary>
    [LibraryImport(LibcLibrary.Name, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int Ioctl(SafeFileDescriptor fd, nuint request, nint argument);

    /// <summary>struct input_id.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct InputId
    {
        public ushort BusType;
        public ushort Vendor;
        public ushort Product;
        public ushort Version;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    public const int HidMaxDescriptorSize = 4096;

    /// <summary>struct hidraw_report_descriptor: the size asked for, then up to 4096 bytes.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public unsafe struct HidrawReportDescriptor
    {
        public uint Size;
        public fixed byte Value[HidMaxDescriptorSize];
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct HidrawDevInfo
    {
        public uint BusType;
        public short Vendor;
        public short Product;
    }
}
