namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>
/// The real hidraw transport (sysfs enumeration, open, poll, read, write) under umockdev: the
/// .umockdev file describes the device, the .script replays its reports and checks every LED
/// output report the host writes (a mismatching write aborts the replay).
/// </summary>
public sealed class HidrawUmockdevTests
{
    [Fact]
    public async Task A_press_on_an_emulated_hidraw_pad_becomes_a_stored_rating_and_the_leds_follow_the_prompt()
    {
        var (exitCode, output) = await RunAsync("generic-hid-4", "generic-hid-4-press", ["A1B2", "1"]);
        Assert.True(exitCode == 0, output);
        Assert.Contains("RATING QUAY-01 HL hidraw:/dev/hidraw0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_connection_reads_raw_info_and_the_report_descriptor_through_hidraw_ioctls()
    {
        var (exitCode, output) = await UmockdevHarness.RunAsync(
            ["-d", UmockdevHarness.Fixture("generic-hid-4.umockdev"), "-i", "/dev/hidraw0=" + UmockdevHarness.Fixture("generic-hid-4.ioctl")],
            ["hidraw-info", "/dev/hidraw0"]);
        Assert.True(exitCode == 0, output);

        // HIDIOCGRAWINFO, HIDIOCGRDESCSIZE and HIDIOCGRDESC as recorded in the .ioctl file.
        Assert.Contains("RAWINFO bus=3 vendor=1209 product=5A04", output, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTOR size=32 bytes=0600FF0901A101850109021500250175019508810285020903750195089102C0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pad_of_another_layout_works_through_hidraw_from_its_json_profile()
    {
        var profile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "three-level-pad.json");
        var (exitCode, output) = await RunAsync("three-level-pad", "three-level-pad-press", ["C3D4", "1", profile]);
        Assert.True(exitCode == 0, output);
        Assert.Contains("RATING QUAY-01 HL hidraw:/dev/hidraw0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pad_whose_serial_is_not_bound_is_not_used()
    {
        // The harness binds serial ZZZZ only, so it never opens a prompt and gives up after its timeout.
        var (exitCode, output) = await RunAsync("generic-hid-4", "generic-hid-4-press", ["ZZZZ", "1"], harnessTimeoutSeconds: 3);
        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("RATING", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string device, string script, string[] harnessArgs, int harnessTimeoutSeconds = 20) =>
        UmockdevHarness.RunAsync(
            [
                "-d", UmockdevHarness.Fixture(device + ".umockdev"),
                "-s", "/dev/hidraw0=" + UmockdevHarness.Fixture(script + ".script"),
                .. File.Exists(UmockdevHarness.Fixture(device + ".ioctl")) ? (string[])["-i", "/dev/hidraw0=" + UmockdevHarness.Fixture(device + ".ioctl")] : [],
            ],
            ["hidraw", .. harnessArgs],
            harnessTimeoutSeconds);
}
