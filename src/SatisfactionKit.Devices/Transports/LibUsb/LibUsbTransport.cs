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
                    var key = string.Create(CultureInfo.InvariantCulture, $"{LibUsbDescriptors.PortPath(device)}@{Usb.GetDeviceAddress(device)}");
                    if (!_described.TryGetValue(key, out var info))
                    {
                        info = LibUsbDescriptors.Describe(device);
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
                        || !string.Equals(LibUsbDescriptors.PortPath(candidate), device.Path, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var endpoints = LibUsbDescriptors.FindEndpoints(candidate, profile.Interface ?? device.Interface)
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
