using System.Globalization;
using SatisfactionKit.Devices.Native.LibUsb;
using Usb = SatisfactionKit.Devices.Native.LibUsb.LibUsb;

namespace SatisfactionKit.Devices.Transports.LibUsb;

/// <summary>
/// An open libusb pad: its interface claimed (the kernel driver detached first only when one is
/// attached, and re-attached on close), input by interrupt IN transfers with a short timeout so
/// cancellation is noticed, output by interrupt OUT transfers or, for pads without an OUT
/// endpoint, a HID SET_REPORT control transfer. LIBUSB_ERROR_NO_DEVICE means the pad went away.
/// </summary>
internal sealed class LibUsbConnection : IPadConnection
{
    private const uint ReadTimeoutMs = 100;
    private const uint WriteTimeoutMs = 1000;

    // One transfer at a time: keeps LED writes from interleaving with a read's URB (umockdev's
    // replay, like some cheap pads, handles a single URB in flight) and makes dispose wait for the reader.
    private readonly SemaphoreSlim _transfer = new(1, 1);
    private readonly SafeLibUsbDeviceHandle _handle;
    private readonly LibUsbPadEndpoints _endpoints;
    private readonly int _readLength;
    private readonly bool _reattachKernelDriver;
    private readonly string _deviceId;
    private int _disposed;

    private LibUsbConnection(SafeLibUsbDeviceHandle handle, LibUsbPadEndpoints endpoints, int readLength, bool reattachKernelDriver, string deviceId)
    {
        _handle = handle;
        _endpoints = endpoints;
        _readLength = readLength;
        _reattachKernelDriver = reattachKernelDriver;
        _deviceId = deviceId;
    }

    /// <summary>How many bytes each interrupt IN transfer asks for.</summary>
    public int ReadLength => _readLength;

    /// <summary>Claims the pad's interface on an opened handle; disposes the handle when it cannot.</summary>
    public static LibUsbConnection Claim(SafeLibUsbDeviceHandle handle, LibUsbPadEndpoints endpoints, int reportLength, string deviceId)
    {
        var reattach = false;
        try
        {
            // No auto-detach: only a driver that is really attached is detached, and it is given back on close.
            if (Usb.KernelDriverActive(handle, endpoints.Interface) == 1)
            {
                Check(Usb.DetachKernelDriver(handle, endpoints.Interface), "libusb_detach_kernel_driver", deviceId);
                reattach = true;
            }

            Check(Usb.ClaimInterface(handle, endpoints.Interface), "libusb_claim_interface", deviceId);
        }
        catch
        {
            if (reattach)
            {
                _ = Usb.AttachKernelDriver(handle, endpoints.Interface);
            }

            handle.Dispose();
            throw;
        }

        return new LibUsbConnection(handle, endpoints, ReadLengthFor(endpoints.InMaxPacketSize, reportLength), reattach, deviceId);
    }

    /// <summary>
    /// One interrupt IN transfer asks for a whole packet (the endpoint's wMaxPacketSize, so a pad
    /// sending a full packet never overflows) or a whole report when reports span several packets.
    /// </summary>
    internal static int ReadLengthFor(int maxPacketSize, int reportLength) => Math.Max(maxPacketSize, reportLength);

    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Length < _readLength)
        {
            throw new ArgumentException("The buffer is shorter than one transfer.", nameof(buffer));
        }

        return new ValueTask<int>(Task.Run(() => ReadBlocking(buffer, cancellationToken), cancellationToken));
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> report, CancellationToken cancellationToken)
    {
        await _transfer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed != 0, this);
            Write(report.Span);
        }
        finally
        {
            _transfer.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _transfer.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // Errors are ignored: on an unplugged pad there is nothing left to release.
            _ = Usb.ReleaseInterface(_handle, _endpoints.Interface);
            if (_reattachKernelDriver)
            {
                _ = Usb.AttachKernelDriver(_handle, _endpoints.Interface);
            }

            _handle.Dispose();
        }
        finally
        {
            _transfer.Release();
        }
    }

    private static void Check(int result, string call, string deviceId)
    {
        if (result == Usb.ErrorNoDevice)
        {
            throw new PadDisconnectedException($"{call} on {deviceId}: {Usb.Describe(result)}.");
        }

        if (result < 0)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{call} on {deviceId} failed: {Usb.Describe(result)} ({result})."));
        }
    }

    private unsafe int ReadBlocking(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int result, transferred;
            _transfer.Wait(cancellationToken);
            try
            {
                ObjectDisposedException.ThrowIf(_disposed != 0, this);
                using var pin = buffer.Pin();
                result = Usb.InterruptTransfer(_handle, _endpoints.InEndpoint, (byte*)pin.Pointer, _readLength, out transferred, ReadTimeoutMs);
            }
            finally
            {
                _transfer.Release();
            }

            switch (result)
            {
                case Usb.Success when transferred > 0:
                    return transferred;
                case Usb.Success:
                    continue; // A zero-length packet carries no report.
                case Usb.ErrorTimeout when transferred > 0:
                    return transferred; // Data that arrived as the timeout struck is still a report.
                case Usb.ErrorTimeout or Usb.ErrorInterrupted:
                    continue;
                default:
                    Check(result, "libusb_interrupt_transfer (IN)", _deviceId);
                    continue;
            }
        }
    }

    private unsafe void Write(ReadOnlySpan<byte> report)
    {
        fixed (byte* p = report)
        {
            if (_endpoints.OutEndpoint is { } endpoint)
            {
                Check(Usb.InterruptTransfer(_handle, endpoint, p, report.Length, out _, WriteTimeoutMs), "libusb_interrupt_transfer (OUT)", _deviceId);
                return;
            }

            // HID class SET_REPORT (host to device, class, interface): wValue = report type Output (2) << 8 | report id.
            var reportId = report.IsEmpty ? (byte)0 : report[0];
            Check(
                Usb.ControlTransfer(_handle, 0x21, 0x09, (ushort)((2 << 8) | reportId), (ushort)_endpoints.Interface, p, (ushort)report.Length, WriteTimeoutMs),
                "libusb_control_transfer (SET_REPORT)",
                _deviceId);
        }
    }
}
