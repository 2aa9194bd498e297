using System.Globalization;
using System.Runtime.InteropServices;
using SatisfactionKit.Devices.Native.LibUsb;
using Usb = SatisfactionKit.Devices.Native.LibUsb.LibUsb;

namespace SatisfactionKit.Devices.Transports.LibUsb;

/// <summary>
/// What a libusb device says about itself: its port path, the interrupt IN endpoint a pad reports on,
/// and the identity (vendor, product, serial, name) a pad profile and a binding match on. Serial and
/// product name come from sysfs on Linux, so listing never opens a device another program holds.
/// </summary>
internal static class LibUsbDescriptors
{
    /// <summary>The device's port path: bus, then the port numbers from the root (<c>1-4.2</c>).</summary>
    public static unsafe string PortPath(IntPtr device)
    {
        var bus = Usb.GetBusNumber(device);
        var ports = stackalloc byte[8];
        var depth = Usb.GetPortNumbers(device, ports, 8);
        if (depth <= 0)
        {
            // The root hub (or a backend that cannot tell ports): the bus address is unique for now.
            return string.Create(CultureInfo.InvariantCulture, $"{bus}-addr{Usb.GetDeviceAddress(device)}");
        }

        var path = new System.Text.StringBuilder().Append(bus.ToString(CultureInfo.InvariantCulture)).Append('-');
        for (var i = 0; i < depth; i++)
        {
            path.Append(i == 0 ? string.Empty : ".").Append(ports[i].ToString(CultureInfo.InvariantCulture));
        }

        return path.ToString();
    }

    /// <summary>The first interface (or the given one) with an interrupt IN endpoint, from the active configuration.</summary>
    public static unsafe LibUsbPadEndpoints? FindEndpoints(IntPtr device, int? wantedInterface)
    {
        Usb.ConfigDescriptor* config;
        if (Usb.GetActiveConfigDescriptor(device, out config) != Usb.Success
            && Usb.GetConfigDescriptor(device, 0, out config) != Usb.Success)
        {
            return null;
        }

        try
        {
            for (var i = 0; i < config->NumInterfaces; i++)
            {
                var usbInterface = config->Interfaces[i];
                if (usbInterface.NumAltSettings < 1)
                {
                    continue;
                }

                var setting = usbInterface.AltSettings[0];
                if (wantedInterface is { } wanted && setting.InterfaceNumber != wanted)
                {
                    continue;
                }

                byte? inEndpoint = null, outEndpoint = null;
                var inPacket = 0;
                for (var e = 0; e < setting.NumEndpoints; e++)
                {
                    var endpoint = setting.Endpoints[e];
                    if ((endpoint.Attributes & Usb.TransferTypeMask) != Usb.TransferTypeInterrupt)
                    {
                        continue;
                    }

                    if ((endpoint.EndpointAddress & Usb.EndpointIn) != 0)
                    {
                        if (inEndpoint is null)
                        {
                            inEndpoint = endpoint.EndpointAddress;
                            inPacket = endpoint.MaxPacketSize & 0x7FF; // Bits 11..12 are high-bandwidth multipliers.
                        }
                    }
                    else
                    {
                        outEndpoint ??= endpoint.EndpointAddress;
                    }
                }

                if (inEndpoint is { } found)
                {
                    return new LibUsbPadEndpoints(setting.InterfaceNumber, found, inPacket, outEndpoint);
                }
            }

            return null;
        }
        finally
        {
            Usb.FreeConfigDescriptor(config);
        }
    }

    /// <summary>A string attribute of the device in Linux sysfs, when there is one (no need to open the device).</summary>
    public static string? SysfsAttribute(string portPath, string attribute)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var value = File.ReadAllText(Path.Combine("/sys/bus/usb/devices", portPath, attribute)).Trim();
            return value.Length == 0 ? null : value;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static unsafe string? ReadStringDescriptor(IntPtr device, byte index)
    {
        if (index == 0 || Usb.Open(device, out var handle) != Usb.Success)
        {
            return null;
        }

        using (handle)
        {
            var text = stackalloc byte[256];
            var length = Usb.GetStringDescriptorAscii(handle, index, text, 256);
            return length > 0 ? System.Text.Encoding.ASCII.GetString(text, length) : null;
        }
    }

    public static PadDeviceInfo? Describe(IntPtr device)
    {
        if (Usb.GetDeviceDescriptor(device, out var descriptor) != Usb.Success
            || FindEndpoints(device, null) is not { } endpoints)
        {
            return null;
        }

        var path = PortPath(device);

        // Linux keeps the strings in sysfs; elsewhere the device is opened briefly to ask for its serial number.
        var serial = SysfsAttribute(path, "serial") ?? (OperatingSystem.IsLinux() ? null : ReadStringDescriptor(device, descriptor.SerialNumber));
        return new PadDeviceInfo(LibUsbTransport.TransportName, path, descriptor.VendorId, descriptor.ProductId)
        {
            SerialNumber = serial,
            Name = SysfsAttribute(path, "product"),
            Interface = endpoints.Interface,
            PortPath = path.Contains("-addr", StringComparison.Ordinal) ? null : path,
        };
    }
}
