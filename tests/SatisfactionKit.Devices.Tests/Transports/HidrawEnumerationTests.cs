using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports.Hidraw;

namespace SatisfactionKit.Devices.Tests.Transports;

public sealed class HidrawEnumerationTests
{
    [Fact]
    public async Task Sysfs_entries_become_devices_with_vendor_product_name_and_serial_and_bad_ones_are_skipped()
    {
        var root = Directory.CreateTempSubdirectory("sk-sysfs-");
        try
        {
            Write(root.FullName, "hidraw0", "DRIVER=hid-generic\nHID_ID=0003:00001209:00005A05\nHID_NAME=Pad five\nHID_UNIQ=S-55\n");
            Write(root.FullName, "hidraw1", "HID_ID=garbage\n");
            Write(root.FullName, "hidraw2", "HID_ID=0003:0000046D:0000C52B\nHID_NAME=Logitech receiver\nHID_UNIQ=\n");
            Directory.CreateDirectory(Path.Combine(root.FullName, "hidraw3")); // no uevent: unplugged while listing

            var devices = await new HidrawTransport(root.FullName, "/dev").EnumerateAsync(TestContext.Current.CancellationToken);

            Assert.Equal(["/dev/hidraw0", "/dev/hidraw2"], devices.Select(d => d.Path));
            var pad = devices[0];
            Assert.Equal((0x1209, 0x5A05, "S-55", "Pad five"), (pad.VendorId, pad.ProductId, pad.SerialNumber, pad.Name));
            Assert.Null(devices[1].SerialNumber);
            Assert.True(BuiltInPadProfiles.Generic5Button().Matches(pad));
            Assert.False(BuiltInPadProfiles.Generic5Button().Matches(devices[1]));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static void Write(string root, string node, string uevent)
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, node, "device"));
        File.WriteAllText(Path.Combine(dir.FullName, "uevent"), uevent);
    }
}
