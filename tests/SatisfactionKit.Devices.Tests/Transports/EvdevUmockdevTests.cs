namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>
/// The real evdev transport under umockdev: the .umockdev file describes the input device, the
/// .ioctl file answers EVIOCGID/EVIOCGNAME/EVIOCGUNIQ (and umockdev accepts EVIOCGRAB), the .evemu
/// file replays key events with their timing. The pad is found by vendor/product and bound by serial.
/// </summary>
public sealed class EvdevUmockdevTests
{
    [Fact]
    public async Task A_key_down_on_an_emulated_keyboard_pad_becomes_one_stored_rating_and_repeats_and_releases_do_not()
    {
        var (exitCode, output) = await RunAsync(["K7K8", "1"]);
        Assert.True(exitCode == 0, output);

        // KEY_2 (code 3) is HL in the keyboard-4 profile; its auto-repeat (value 2) and release are not presses.
        Assert.Single(output.Split('\n'), l => l.StartsWith("RATING ", StringComparison.Ordinal));
        Assert.Contains("RATING QUAY-01 HL evdev:/dev/input/event0", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("pressed HL", StringComparison.Ordinal));

        // KEY_4 after the rating: a stray press, not a second rating.
        Assert.Contains("pressed RKHL at counter QUAY-01: Stray", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pad_is_identified_by_evdev_ioctls_and_an_unbound_serial_is_not_grabbed()
    {
        var (exitCode, output) = await RunAsync(["ZZZZ", "1"], harnessTimeoutSeconds: 3);
        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("RATING", output, StringComparison.Ordinal);
        Assert.Contains("Ignoring device evdev:/dev/input/event0 (1209:5A07, serial K7K8)", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string[] harnessArgs, int harnessTimeoutSeconds = 20) =>
        UmockdevHarness.RunAsync(
            [
                "-d", UmockdevHarness.Fixture("keyboard-4.umockdev"),
                "-i", "/dev/input/event0=" + UmockdevHarness.Fixture("keyboard-4.ioctl"),
                "-e", "/dev/input/event0=" + UmockdevHarness.Fixture("keyboard-4-press.evemu"),
            ],
            ["evdev", .. harnessArgs],
            harnessTimeoutSeconds);
}
