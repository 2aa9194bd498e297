using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.LibUsb;

/// <summary>
/// A libusb_device_handle, closed with libusb_close. It keeps its context alive (a reference on
/// the context's safe handle) so that libusb_exit never runs before the handle is closed.
/// </summary>
internal sealed class SafeLibUsbDeviceHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private SafeLibUsbContext? _context;

    public SafeLibUsbDeviceHandle()
        : base(ownsHandle: true)
    {
    }

    public void KeepAlive(SafeLibUsbContext context)
    {
        var added = false;
        context.DangerousAddRef(ref added);
        if (added)
        {
            _context = context;
        }
    }

    protected override bool ReleaseHandle()
    {
        LibUsb.Close(handle);
        _context?.DangerousRelease();
        return true;
    }
}
