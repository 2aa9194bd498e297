using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.Libc;

/// <summary>A Unix file descriptor closed with libc's close().</summary>
internal sealed class SafeFileDescriptor : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeFileDescriptor()
        : base(ownsHandle: true)
    {
    }

    public int Fd => (int)handle;

    // Descriptor 0 is valid in principle but never one we open; -1 is the error value.
    protected override bool ReleaseHandle() => Libc.Close((int)handle) == 0;
}
