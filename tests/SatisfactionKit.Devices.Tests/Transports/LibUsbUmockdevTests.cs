using System.Runtime.InteropServices;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>
/// The real libusb transport (libusb-1.0 enumeration from sysfs, open, claim, interrupt IN/OUT
/// transfers) under umockdev: the .umockdev file describes the USB device with its descriptors,
/// the .ioctl file replays its usbdevfs URBs. OUT URBs must match byte for byte, so the LED
/// reports are checked too: a write that does not match fails and the host logs it.
/// </summary>
public sealed class LibUsbUmockdevTests
{
    private const string Node = "/dev/bus/usb/001/002";

    [Fact]
    public async Task A_press_on_an_emulated_libusb_pad_becomes_one_stored_rating_and_an_enodev_urb_disconnects_it()
    {
        var (exitCode, output) = await RunAsync("libusb-hid-4-press", ["E5F6", "1", "--until-unplugged"]);
        Assert.True(exitCode == 0, output);

        // Button 2 of the generic 4-button pad is HL; the wrong-id report before it is rejected, not pressed.
        Assert.Single(output.Split('\n'), l => l.StartsWith("RATING ", StringComparison.Ordinal));
        Assert.Contains("RATING QUAY-01 HL libusb:1-2", output, StringComparison.Ordinal);
        Assert.Contains("not a press (WrongReportId, 2 bytes)", output, StringComparison.Ordinal);

        // The press after the rating (button 1) is a stray, not a second rating.
        Assert.Contains("pressed RHL at counter QUAY-01: Stray", output, StringComparison.Ordinal);

        // The -19 status is a disconnection, and the host opens the pad again while it is still on the bus.
        Assert.Contains("Pad libusb:1-2 of counter QUAY-01 disconnected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("DISCONNECTIONS 0", output, StringComparison.Ordinal);
        Assert.Matches(@"(?s)disconnected; waiting.*Pad libusb:1-2 connected", output);

        // libusb on Linux has hot-plug, so arrivals and departures drive the listing rather than polling.
        Assert.Contains("LIBUSB hotplug=True", output, StringComparison.Ordinal);

        // Every LED report (awaiting, thank-you, idle after the reconnection) matched an OUT URB of the replay.
        Assert.DoesNotContain("Could not drive the outputs", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_libusb_pad_whose_serial_is_not_bound_is_not_opened()
    {
        var (exitCode, output) = await RunAsync("libusb-hid-4-press", ["ZZZZ", "1"], harnessTimeoutSeconds: 3);
        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("RATING", output, StringComparison.Ordinal);
        Assert.Contains("Ignoring device libusb:1-2 (1209:5A04, serial E5F6)", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string ioctl, string[] harnessArgs, int harnessTimeoutSeconds = 20)
    {
        if (!NativeLibrary.TryLoad("libusb-1.0.so.0", out var libusb))
        {
            TestEnvironment.Missing("libusb-1.0 (Debian package libusb-1.0-0)");
        }

        NativeLibrary.Free(libusb);
        return UmockdevHarness.RunAsync(
            ["-d", UmockdevHarness.Fixture("libusb-hid-4.umockdev"), "-i", Node + "=" + UmockdevHarness.Fixture(ioctl + ".ioctl")],
            ["libusb", .. harnessArgs],
            harnessTimeoutSeconds);
    }
}
