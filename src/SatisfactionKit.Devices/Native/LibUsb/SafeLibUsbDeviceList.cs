using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.LibUsb;

/// <summary>The array libusb_get_device_list returns; freeing it unreferences its devices.</summary>
internal sealed class SafeLibUsbDeviceList : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeLibUsbDeviceList()
        : base(ownsHandle: true)
    {
    }

    /// <summary>The libusb_device pointers, valid while the list is not disposed.</summary>
    public unsafe IntPtr[] Devices(int count)
    {
        var devices = new IntPtr[count];
        var array = (IntPtr*)handle;
        for (var i = 0; i < count; i++)
        {
            devices[i] = array[i];
        }

        return devices;
    }

    protected override bool ReleaseHandle()
    {
        LibUsb.FreeDeviceList(handle, unrefDevices: 1);
        return true;
    }
}
