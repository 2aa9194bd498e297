using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports.Hidraw;
using SatisfactionKit.Devices.Transports.LibUsb;

namespace SatisfactionKit.Devices.Tests.Transports;

public sealed class LibUsbTransportTests
{
    [Theory]
    [InlineData(8, 2, 8)]   // a 2-byte report on an 8-byte endpoint: ask for the whole packet, so a full packet never overflows
    [InlineData(64, 2, 64)]
    [InlineData(8, 20, 20)] // a report spanning several packets: ask for the whole report
    public void An_interrupt_in_transfer_asks_for_a_whole_packet_or_a_whole_report(int maxPacketSize, int reportLength, int expected) =>
        Assert.Equal(expected, LibUsbConnection.ReadLengthFor(maxPacketSize, reportLength));

    [Fact]
    public void A_profile_for_one_transport_does_not_bind_the_same_pad_seen_through_another()
    {
        var profile = BuiltInPadProfiles.Generic4Button();
        profile.Transport = LibUsbTransport.TransportName;
        var viaLibUsb = new PadDeviceInfo(LibUsbTransport.TransportName, "1-2", BuiltInPadProfiles.GenericVendorId, BuiltInPadProfiles.Generic4ButtonProductId);
        var viaHidraw = viaLibUsb with { Transport = HidrawTransport.TransportName, Path = "/dev/hidraw0" };
        Assert.True(profile.Matches(viaLibUsb));
        Assert.False(profile.Matches(viaHidraw));

        profile.Transport = null;
        Assert.True(profile.Matches(viaHidraw));
    }

    [Fact]
    public void A_json_profile_names_its_transport()
    {
        var profile = Assert.Single(PadProfileJson.Parse("""
            { "name": "usb-pad", "transport": "libusb", "vendorId": 4617, "productId": 23044,
              "inputReportId": 1, "inputReportLength": 2, "buttonOffset": 1,
              "buttons": [ { "input": "0", "levelCode": "HL" } ] }
            """));
        Assert.Equal(LibUsbTransport.TransportName, profile.Transport);
        Assert.True(profile.Matches(new PadDeviceInfo("libusb", "1-2", 4617, 23044)));
        Assert.False(profile.Matches(new PadDeviceInfo("hidraw", "/dev/hidraw0", 4617, 23044)));
    }

    [Fact]
    public void Libusb_is_looked_up_by_each_os_file_name()
    {
        var candidates = Native.NativeLibraryResolver.LibUsbCandidates();
        var expected = OperatingSystem.IsWindows() ? "libusb-1.0.dll" : OperatingSystem.IsMacOS() ? "libusb-1.0.0.dylib" : "libusb-1.0.so.0";
        Assert.Equal(expected, candidates[0]);
    }
}
