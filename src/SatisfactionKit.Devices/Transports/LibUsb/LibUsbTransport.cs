using System.Globalization;
using System.Runtime.InteropServices;
using SatisfactionKit.Devices.Native.LibUsb;
using SatisfactionKit.Devices.Profiles;
using Usb = SatisfactionKit.Devices.Native.LibUsb.LibUsb;

namespace SatisfactionKit.Devices.Transports.LibUsb;

/// <summary>
/// Pads reached through libusb-1.0 (vendor-class pads, or HID pads a vendor prefers to drive with
/// libusb): lists USB devices that have an interrupt IN endpoint, opens one by its port path
/// (<c>bus-port.port</c>, as Linux names it in sysfs) and claims its interface. Where libusb
/// supports hot-plug (<c>LIBUSB_CAP_HAS_HOTPLUG</c>) arrivals and departures mark the device list
/// stale and it is listed again; otherwise it is listed on every scan.
/// </summary>
/// <remarks>
/// A HID pad is also listed by <see cref="Hidraw.HidrawTransport"/>; set
/// <see cref="PadProfile.Transport"/> to <see cref="TransportName"/> so that only one transport binds it.
/// </remarks>
public sealed class LibUsbTransport : IPadTransport, IDisposable
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "libusb";

    // Even with hot-plug the list is refreshed now and then, in case an event was missed.
    private static readonly TimeSpan MaximumListAge = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private SafeLibUsbContext? _context;
    private Thread? _eventThread;
    private GCHandle _self;
    private int _hotplugHandle;
    private volatile bool _stale = true;
    private volatile bool _stopping;
    private IReadOnlyList<PadDeviceInfo> _listed = [];

    // Descriptions by port path and bus address (a new address on every re-plug), so a device is
    // described (and, off Linux, opened for its serial string) once, not on every scan.
    private Dictionary<string, PadDeviceInfo?> _described = new(StringComparer.Ordinal);
    private long _listedAt;
    private bool _disposed;

    /// <summary>Creates the transport; libusb is loaded on first use.</summary>
    public LibUsbTransport()
        : this(TimeProvider.System)
    {
    }

    internal LibUsbTransport(TimeProvider time) => _time = time;

    /// <inheritdoc />
    public string Name => TransportName;

    /// <summary>Whether libusb hot-plug callbacks drive re-listing (false: every scan lists the bus).</summary>
    public bool UsesHotplug { get; private set; }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var context = Context();
            if (UsesHotplug && !_stale && _time.GetElapsedTime(_listedAt) < MaximumListAge)
            {
                return ValueTask.FromResult(_listed);
            }

            // Cleared before listing: an event during the listing marks it stale again.
            _stale = false;
            var devices = new List<PadDeviceInfo>();
            var count = (int)Usb.GetDeviceList(context, out var list);
            using (list)
            {
                if (count < 0)
                {
                    throw new IOException($"libusb_get_device_list failed: {Usb.Describe(count)}.");
                }

                var described = new Dictionary<string, PadDeviceInfo?>(StringComparer.Ordinal);
                foreach (var device in list.Devices(count))
                {
                    var key = string.Create(CultureInfo.InvariantCulture, $"{PortPath(device)}@{Usb.GetDeviceAddress(device)}");
                    if (!_described.TryGetValue(key, out var info))
                    {
                        info = Describe(device);
                    }

                    described[key] = info;
                    if (info is not null)
                    {
                        devices.Add(info);
                    }
                }

                _described = described;
            }

            _listed = devices;
            _listedAt = _time.GetTimestamp();
            return ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>(devices);
        }
    }

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(profile);
        lock (_gate)
        {
            var context = Context();
            var count = (int)Usb.GetDeviceList(context, out var list);
            using (list)
            {
                foreach (var candidate in list.Devices(Math.Max(count, 0)))
                {
                    if (Usb.GetDeviceDescriptor(candidate, out var descriptor) != Usb.Success
                        || descriptor.VendorId != device.VendorId || descriptor.ProductId != device.ProductId
                        || !string.Equals(PortPath(candidate), device.Path, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var endpoints = FindEndpoints(candidate, profile.Interface ?? device.Interface)
                        ?? throw new IOException($"USB device {device.DeviceId} has no interrupt IN endpoint{(profile.Interface is { } i ? string.Create(CultureInfo.InvariantCulture, $" on interface {i}") : string.Empty)}.");
                    var result = Usb.Open(candidate, out var handle);
                    if (result != Usb.Success)
                    {
                        handle.Dispose();
                        throw result switch
                        {
                            Usb.ErrorNoDevice => new PadDisconnectedException($"{device.DeviceId} is gone."),
                            Usb.ErrorAccess => new UnauthorizedAccessException(
                                $"Permission denied opening USB device {device.DeviceId} ({device.VendorId:X4}:{device.ProductId:X4}). Install the udev rule 69-satisfactionkit.rules " +
                                "(it covers the usb subsystem too), run 'sudo udevadm control --reload && sudo udevadm trigger', then re-plug the pad. / " +
                                $"Không có quyền mở thiết bị USB {device.DeviceId}: hãy cài quy tắc udev 69-satisfactionkit.rules rồi cắm lại bàn phím đánh giá."),
                            _ => new IOException($"libusb_open on {device.DeviceId} failed: {Usb.Describe(result)}."),
                        };
                    }

                    handle.KeepAlive(context);
                    return ValueTask.FromResult<IPadConnection>(LibUsbConnection.Claim(handle, endpoints, profile.InputReportLength, device.DeviceId));
                }
            }

            throw new PadDisconnectedException($"{device.DeviceId} is not on the bus any more.");
        }
    }

    /// <summary>Stops the hot-plug thread and ends libusb once every pad opened through it is closed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _stopping = true;
            if (_context is null)
            {
                return;
            }

            if (UsesHotplug)
            {
                // Deregistering wakes the event thread, which then sees _stopping.
                Usb.HotplugDeregisterCallback(_context, _hotplugHandle);
                Usb.InterruptEventHandler(_context);
                _eventThread?.Join();
                _self.Free();
            }

            _context.Dispose();
        }
    }

    [UnmanagedCallersOnly]
    private static int OnHotplug(IntPtr context, IntPtr device, int hotplugEvent, IntPtr userData)
    {
        if (GCHandle.FromIntPtr(userData).Target is LibUsbTransport transport)
        {
            transport._stale = true;
        }

        return 0; // Stay registered.
    }

    /// <summary>The device's port path: bus, then the port numbers from the root (<c>1-4.2</c>).</summary>
    private static unsafe string PortPath(IntPtr device)
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
    private static unsafe LibUsbPadEndpoints? FindEndpoints(IntPtr device, int? wantedInterface)
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
    private static string? SysfsAttribute(string portPath, string attribute)
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

    private static unsafe string? ReadStringDescriptor(IntPtr device, byte index)
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

    private static PadDeviceInfo? Describe(IntPtr device)
    {
        if (Usb.GetDeviceDescriptor(device, out var descriptor) != Usb.Success
            || FindEndpoints(device, null) is not { } endpoints)
        {
            return null;
        }

        var path = PortPath(device);

        // Linux keeps the strings in sysfs; elsewhere the device is opened briefly to ask for its serial number.
        var serial = SysfsAttribute(path, "serial") ?? (OperatingSystem.IsLinux() ? null : ReadStringDescriptor(device, descriptor.SerialNumber));
        return new PadDeviceInfo(TransportName, path, descriptor.VendorId, descriptor.ProductId)
        {
            SerialNumber = serial,
            Name = SysfsAttribute(path, "product"),
            Interface = endpoints.Interface,
        };
    }

    private SafeLibUsbContext Context()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_context is not null)
        {
            return _context;
        }

        var result = Usb.Init(out var context);
        if (result != Usb.Success)
        {
            context.Dispose();
            throw new IOException($"libusb_init failed: {Usb.Describe(result)}.");
        }

        _context = context;
        if (Usb.HasCapability(Usb.CapHasHotplug) != 0)
        {
            StartHotplug(context);
        }

        return context;
    }

    private unsafe void StartHotplug(SafeLibUsbContext context)
    {
        _self = GCHandle.Alloc(this, GCHandleType.Weak);
        var result = Usb.HotplugRegisterCallback(
            context, Usb.HotplugArrived | Usb.HotplugLeft, 0, Usb.HotplugMatchAny, Usb.HotplugMatchAny, Usb.HotplugMatchAny,
            &OnHotplug, GCHandle.ToIntPtr(_self), out _hotplugHandle);
        if (result != Usb.Success)
        {
            // Polling then: every scan lists the bus.
            _self.Free();
            return;
        }

        UsesHotplug = true;
        _eventThread = new Thread(() => PumpEvents(context)) { IsBackground = true, Name = "libusb events" };
        _eventThread.Start();
    }

    private unsafe void PumpEvents(SafeLibUsbContext context)
    {
        while (!_stopping)
        {
            var timeout = new Usb.TimeVal { Seconds = new CLong(0), Microseconds = new CLong(200_000) };
            _ = Usb.HandleEventsTimeoutCompleted(context, &timeout, null);
        }
    }
}
