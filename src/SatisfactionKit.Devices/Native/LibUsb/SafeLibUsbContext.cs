using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.LibUsb;

/// <summary>A libusb_context, ended with libusb_exit once every handle that uses it is closed.</summary>
internal sealed class SafeLibUsbContext : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLibUsbContext()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        LibUsb.Exit(handle);
        return true;
    }
}
