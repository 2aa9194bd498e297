using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using SatisfactionKit.Devices.Native.Hid;
using SatisfactionKit.Devices.Native.Kernel32;
using SatisfactionKit.Devices.Native.SetupApi;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.WindowsHid;

/// <summary>
/// HID pads on Windows: lists the present GUID_DEVINTERFACE_HID interfaces with SetupAPI, reads
/// vendor/product (HidD_GetAttributes), serial (HidD_GetSerialNumberString) and report lengths and
/// usage page (HidD_GetPreparsedData + HidP_GetCaps), and reads/writes reports with overlapped I/O.
/// It compiles on every OS and lists nothing except on Windows.
/// </summary>
public sealed class WindowsHidTransport : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "windows-hid";

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>(OperatingSystem.IsWindows() ? Enumerate() : []);

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(profile);
        if (!OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The Windows HID transport runs on Windows only; use hidraw or libusb elsewhere.");
        }

        return ValueTask.FromResult<IPadConnection>(Open(device, profile));
    }

    [SupportedOSPlatform("windows")]
    private static WindowsHidConnection Open(PadDeviceInfo device, PadProfile profile)
    {
        // Overlapped, so that the FileStream over it issues overlapped ReadFile/WriteFile.
        var handle = Kernel32.CreateFile(
            device.Path, Kernel32.GenericRead | Kernel32.GenericWrite, Kernel32.FileShareRead | Kernel32.FileShareWrite,
            IntPtr.Zero, Kernel32.OpenExisting, Kernel32.FileFlagOverlapped, IntPtr.Zero);
        if (handle.IsInvalid)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw error switch
            {
                Kernel32.ErrorFileNotFound => new PadDisconnectedException($"{device.DeviceId} is gone."),
                Kernel32.ErrorAccessDenied => new UnauthorizedAccessException(
                    $"Access denied opening {device.DeviceId}: another program holds the pad open exclusively. / Không mở được {device.DeviceId}: một chương trình khác đang giữ bàn phím đánh giá."),
                _ => new IOException($"CreateFile on {device.DeviceId} failed (error {error})."),
            };
        }

        try
        {
            var caps = Capabilities(handle) ?? throw new IOException($"HidP_GetCaps failed for {device.DeviceId}.");
            return new WindowsHidConnection(handle, caps.InputReportByteLength, caps.OutputReportByteLength, profile.InputReportId is not null, profile.InputReportLength, device.Path);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    [SupportedOSPlatform("windows")]
    private static unsafe List<PadDeviceInfo> Enumerate()
    {
        var devices = new List<PadDeviceInfo>();
        using var set = SetupApi.GetClassDevs(SetupApi.HidInterface, IntPtr.Zero, IntPtr.Zero, SetupApi.DigcfPresent | SetupApi.DigcfDeviceInterface);
        if (set.IsInvalid)
        {
            throw new IOException($"SetupDiGetClassDevs failed (error {Marshal.GetLastPInvokeError()}).");
        }

        for (uint index = 0; ; index++)
        {
            var data = new SetupApi.DeviceInterfaceData { Size = (uint)sizeof(SetupApi.DeviceInterfaceData) };
            if (!SetupApi.EnumDeviceInterfaces(set, IntPtr.Zero, SetupApi.HidInterface, index, ref data))
            {
                break; // ERROR_NO_MORE_ITEMS, or a list that changed under us: the next scan lists again.
            }

            _ = SetupApi.GetDeviceInterfaceDetail(set, ref data, null, 0, out var required, IntPtr.Zero);
            if (required < SetupApi.DetailDataSize)
            {
                continue;
            }

            var detail = new byte[required];
            fixed (byte* p = detail)
            {
                *(uint*)p = SetupApi.DetailDataSize;
                if (!SetupApi.GetDeviceInterfaceDetail(set, ref data, p, required, out _, IntPtr.Zero))
                {
                    continue;
                }

                var path = new string((char*)(p + 4));
                if (Describe(path) is { } device)
                {
                    devices.Add(device);
                }
            }
        }

        return devices;
    }

    [SupportedOSPlatform("windows")]
    private static unsafe PadDeviceInfo? Describe(string path)
    {
        // No access rights are needed to ask for attributes; keyboards and mice deny read/write.
        using var handle = Kernel32.CreateFile(path, 0, Kernel32.FileShareRead | Kernel32.FileShareWrite, IntPtr.Zero, Kernel32.OpenExisting, 0, IntPtr.Zero);
        if (handle.IsInvalid)
        {
            return null;
        }

        var attributes = new Hid.Attributes { Size = (uint)sizeof(Hid.Attributes) };
        if (!Hid.GetAttributes(handle, ref attributes))
        {
            return null;
        }

        // 127 characters at most, so the last one stays the terminating NUL.
        var text = stackalloc char[128];
        new Span<char>(text, 128).Clear();
        var serial = Hid.GetSerialNumberString(handle, text, 254) ? new string(text) : null;
        new Span<char>(text, 128).Clear();
        var product = Hid.GetProductString(handle, text, 254) ? new string(text) : null;
        return new PadDeviceInfo(TransportName, path, attributes.VendorId, attributes.ProductId)
        {
            SerialNumber = string.IsNullOrEmpty(serial) ? null : serial,
            Name = string.IsNullOrEmpty(product) ? null : product,
            UsagePage = Capabilities(handle)?.UsagePage,
        };
    }

    [SupportedOSPlatform("windows")]
    private static Hid.Caps? Capabilities(SafeFileHandle handle)
    {
        if (!Hid.GetPreparsedData(handle, out var preparsed))
        {
            preparsed.Dispose();
            return null;
        }

        using (preparsed)
        {
            return Hid.GetCaps(preparsed, out var caps) == Hid.StatusSuccess ? caps : null;
        }
    }
}
