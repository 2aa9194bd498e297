using System.Runtime.CompilerServices;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports.WindowsHid;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>
/// The Windows HID report framing, run on any OS: ReadFile/WriteFile buffers as Windows frames
/// them (HIDP_CAPS lengths, report id byte first, 0 for pads without report ids) against the bytes
/// the decoder and the output templates use. The hid.dll/SetupAPI calls themselves need Windows.
/// </summary>
public sealed class WindowsHidFramingTests
{
    [Fact]
    public void A_pad_without_report_ids_reads_with_an_id_0_prefix_that_is_stripped_before_decoding()
    {
        var profile = new PadProfile
        {
            Name = "no-id-pad", VendorId = 1, InputReportId = null, InputReportLength = 1, ButtonOffset = 0,
            Buttons = { new PadButton { Input = "2", LevelCode = "KHL" } },
        };

        // InputReportByteLength is 2: the id-0 byte Windows adds, then the one data byte.
        Span<byte> report = stackalloc byte[16];
        var length = WindowsHidFraming.FrameInput([0x00, 0b0100], profileUsesReportIds: false, profile.InputReportLength, report);
        Assert.Equal([0b0100], report[..length].ToArray());
        Assert.Equal("KHL", new PadDecoder(profile).DecodeReport(report[..length]).Button?.LevelCode);
    }

    [Fact]
    public void A_pad_with_report_ids_keeps_its_id_and_loses_only_the_zero_padding_to_the_longest_input_report()
    {
        // The device's longest input report is 8 bytes, so Windows pads report 1 (2 bytes) with zeros.
        Span<byte> report = stackalloc byte[16];
        var length = WindowsHidFraming.FrameInput([1, 0b0010, 0, 0, 0, 0, 0, 0], profileUsesReportIds: true, 2, report);
        Assert.Equal([1, 0b0010], report[..length].ToArray());
        Assert.Equal("HL", new PadDecoder(BuiltInPadProfiles.Generic4Button()).DecodeReport(report[..length]).Button?.LevelCode);
    }

    [Fact]
    public void Data_beyond_the_report_is_kept_so_the_decoder_rejects_it_as_oversized()
    {
        Span<byte> report = stackalloc byte[16];
        var length = WindowsHidFraming.FrameInput([1, 0b0010, 0, 7], profileUsesReportIds: true, 2, report);
        Assert.Equal(4, length);
        Assert.Equal(DecodeOutcome.Oversized, new PadDecoder(BuiltInPadProfiles.Generic4Button()).DecodeReport(report[..length]).Outcome);
    }

    [Fact]
    public void A_report_with_a_non_zero_first_byte_is_not_stripped_for_a_pad_without_report_ids()
    {
        Span<byte> report = stackalloc byte[16];
        var length = WindowsHidFraming.FrameInput([5, 1], profileUsesReportIds: false, 1, report);
        Assert.Equal([5, 1], report[..length].ToArray());
    }

    [Fact]
    public void Output_reports_keep_their_id_first_and_are_padded_to_the_output_report_length()
    {
        Assert.Equal([2, 0x0F, 0, 0, 0, 0, 0, 0], WindowsHidFraming.FrameOutput([2, 0x0F], 8));
        Assert.Equal([0, 0x80], WindowsHidFraming.FrameOutput([0, 0x80], 2)); // id 0: a pad without report ids
        Assert.Throws<ArgumentException>(() => WindowsHidFraming.FrameOutput([2, 1, 2], 2));
        Assert.Throws<ArgumentException>(() => WindowsHidFraming.FrameOutput([2, 1], 0));
        Assert.Throws<ArgumentException>(() => WindowsHidFraming.FrameOutput([], 2));
    }

    [Fact]
    public void The_native_structs_have_the_windows_sdk_sizes()
    {
        // HIDP_CAPS is 64 bytes; HIDD_ATTRIBUTES 12; SP_DEVICE_INTERFACE_DATA 32 on 64-bit.
#pragma warning disable CA1416 // Only sizes are read; nothing is called.
        Assert.Equal(64, Unsafe.SizeOf<Native.Hid.Hid.Caps>());
        Assert.Equal(12, Unsafe.SizeOf<Native.Hid.Hid.Attributes>());
        Assert.Equal(IntPtr.Size == 8 ? 32 : 28, Unsafe.SizeOf<Native.SetupApi.SetupApi.DeviceInterfaceData>());
#pragma warning restore CA1416
    }

    [Fact]
    public async Task Off_windows_the_transport_lists_nothing_and_refuses_to_open()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("This checks the behaviour off Windows.");
        }

        var transport = new WindowsHidTransport();
        Assert.Empty(await transport.EnumerateAsync(TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<PlatformNotSupportedException>(async () =>
            await transport.OpenAsync(new PadDeviceInfo(WindowsHidTransport.TransportName, @"\\?\hid#x", 1, 2), BuiltInPadProfiles.Generic4Button(), TestContext.Current.CancellationToken));
    }
}
