using System.Runtime.InteropServices;
using SatisfactionKit.Devices.Native.Libc;

namespace SatisfactionKit.Devices.Transports;

/// <summary>
/// What the Linux device-node transports (hidraw, evdev) share: waiting for input with <c>poll()</c> so a
/// read never blocks past cancellation, and turning hang-ups and <c>EIO</c>/<c>ENODEV</c> into
/// <see cref="PadDisconnectedException"/>.
/// </summary>
internal static class FileDescriptorReads
{
    /// <summary>
    /// Waits up to <paramref name="timeoutMs"/> for <paramref name="fd"/> to be readable. <see langword="false"/>
    /// on a timeout or an interrupted wait (the caller checks cancellation and waits again).
    /// </summary>
    /// <exception cref="PadDisconnectedException">The device hung up or is gone.</exception>
    public static unsafe bool WaitReadable(SafeFileDescriptor fd, string path, int timeoutMs)
    {
        var pollFd = new Libc.PollFd { Fd = fd.Fd, Events = Libc.POLLIN };
        var ready = Libc.Poll(&pollFd, 1, timeoutMs);
        if (ready < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == Libc.EINTR ? false : throw ErrnoException(errno, "poll", path);
        }

        if (ready == 0)
        {
            return false;
        }

        if ((pollFd.Revents & Libc.POLLIN) == 0 && (pollFd.Revents & (Libc.POLLHUP | Libc.POLLERR | Libc.POLLNVAL)) != 0)
        {
            throw new PadDisconnectedException($"{path} hung up (revents 0x{pollFd.Revents:X}).");
        }

        return true;
    }

    /// <summary>The exception for a failed <paramref name="operation"/>: a disconnection for <c>EIO</c>/<c>ENODEV</c>.</summary>
    public static Exception ErrnoException(int errno, string operation, string path) =>
        errno is Libc.EIO or Libc.ENODEV
            ? new PadDisconnectedException($"{operation} on {path} failed with errno {errno}: the pad is disconnected.")
            : new IOException($"{operation} on {path} failed with errno {errno}.");
}
