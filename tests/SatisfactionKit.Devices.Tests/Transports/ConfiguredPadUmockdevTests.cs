using System.Text;
using System.Text.Json;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>
/// Pads of models the library has no code for, bound by configuration alone: the harness reads a settings
/// file's "Pads" section through <c>AddRatingPads(section)</c> and nothing else, under umockdev.
/// </summary>
public sealed class ConfiguredPadUmockdevTests
{
    private static readonly string KeyboardProfile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "keyboard-two-nodes-pad.json");

    [Fact]
    public async Task A_keyboard_pad_with_two_input_nodes_is_the_only_pad_by_its_profiles_interface_and_rates_once()
    {
        var (exitCode, output) = await RunKeyboardAsync(new { Counter = "QUAY-01", OnlyPad = true }, KeyboardProfile);
        Assert.True(exitCode == 0, output);
        Assert.Single(output.Split('\n'), l => l.StartsWith("RATING ", StringComparison.Ordinal));
        Assert.Contains("RATING QUAY-01 HL evdev:/dev/input/event0", output, StringComparison.Ordinal);

        // The "Consumer Control" node (interface 1) matches no profile: it is neither listed nor grabbed.
        Assert.DoesNotContain("evdev:/dev/input/event1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Link", "/dev/input/by-id/usb-pid.codes_Generic_4-key_pad_P5K8-event-kbd")]
    [InlineData("Port", "1-4")]
    [InlineData("Name", "Generic 4-key pad")]
    public async Task A_keyboard_pad_is_bound_by_a_stable_link_its_usb_port_or_its_name(string key, string value)
    {
        var (exitCode, output) = await RunKeyboardAsync(new Dictionary<string, object> { ["Counter"] = "QUAY-01", [key] = value }, KeyboardProfile);
        Assert.True(exitCode == 0, output);
        Assert.Contains("RATING QUAY-01 HL evdev:/dev/input/event0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_interface_number_both_nodes_match_so_neither_is_the_only_pad()
    {
        var profile = Path.Combine(Directory.CreateTempSubdirectory("sk-pads-").FullName, "any-interface.json");
        await File.WriteAllTextAsync(profile, (await File.ReadAllTextAsync(KeyboardProfile, TestContext.Current.CancellationToken)).Replace("\"interface\": 0,", string.Empty, StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var (exitCode, output) = await RunKeyboardAsync(new { Counter = "QUAY-01", OnlyPad = true }, profile, harnessTimeoutSeconds: 3);
        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("RATING", output, StringComparison.Ordinal);
        Assert.Contains("Ignoring device evdev:/dev/input/event1 (1209:5A08, serial P5K8): 2 devices match a pad profile", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hid_pad_whose_replay_loops_writes_a_few_strays_and_one_summary_per_window_not_one_row_and_line_each()
    {
        // Press, release and now and then a report of a wrong id, over and over, for about three seconds.
        var script = new StringBuilder("w 0 ^B^@\n");
        for (var i = 0; i < 1500; i++)
        {
            script.Append("r 1 ^A^A\nr 0 ^A^@\n");
            if (i % 10 == 0)
            {
                script.Append("r 0 ^C^B\n");
            }
        }

        var directory = Directory.CreateTempSubdirectory("sk-pads-").FullName;
        var scriptFile = Path.Combine(directory, "looping.script");
        await File.WriteAllTextAsync(scriptFile, script.ToString(), TestContext.Current.CancellationToken);
        var settings = await SettingsAsync(directory, new
        {
            Transports = new[] { "hidraw" },
            ScanInterval = "00:00:00.050",
            FloodWindow = "00:00:01",
            MaxStrayPressesPerWindow = 3,
            MaxLoggedInputsPerWindow = 2,
            Bindings = new object[] { new { Counter = "QUAY-01", OnlyPad = true } },
        });

        var (exitCode, output) = await UmockdevHarness.RunAsync(
            ["-d", UmockdevHarness.Fixture("generic-hid-4.umockdev"), "-s", "/dev/hidraw0=" + scriptFile],
            ["config", settings, "0", "--for", "4"]);
        Assert.True(exitCode == 0, output);

        var lines = output.Split('\n');
        var strays = int.Parse(lines.Single(l => l.StartsWith("STRAYS ", StringComparison.Ordinal))[7..], System.Globalization.CultureInfo.InvariantCulture);
        var dropped = int.Parse(lines.Single(l => l.StartsWith("DROPPED ", StringComparison.Ordinal))[8..], System.Globalization.CultureInfo.InvariantCulture);

        // 1,500 presses: at most 3 per one-second window reach Core as stray rows, the rest are dropped and counted.
        Assert.InRange(strays, 1, 3 * 8);
        Assert.Equal(1500, strays + dropped);
        Assert.InRange(lines.Count(l => l.Contains("pressed RHL", StringComparison.Ordinal)), 1, 3 * 8);
        Assert.InRange(lines.Count(l => l.Contains("not a press (WrongReportId", StringComparison.Ordinal)), 1, 2 * 8);
        Assert.Contains(lines, l => l.Contains("stray presses dropped", StringComparison.Ordinal));
        Assert.True(lines.Length < 150, $"{lines.Length} lines of output:\n{output}");

        // The pad was still connected when the host stopped: its reader was awaited, not reported gone.
        Assert.DoesNotContain("disconnected", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunKeyboardAsync(object binding, string profile, int harnessTimeoutSeconds = 20)
    {
        var settings = await SettingsAsync(Directory.CreateTempSubdirectory("sk-pads-").FullName, new
        {
            Transports = new[] { "evdev" },
            ProfileFiles = new[] { profile },
            UseBuiltInProfiles = false,
            ScanInterval = "00:00:00.050",
            Bindings = new[] { binding },
        });
        return await UmockdevHarness.RunAsync(
            [
                "-d", UmockdevHarness.Fixture("keyboard-two-nodes.umockdev"),
                "-i", "/dev/input/event0=" + UmockdevHarness.Fixture("keyboard-two-nodes-keys.ioctl"),
                "-i", "/dev/input/event1=" + UmockdevHarness.Fixture("keyboard-two-nodes-consumer.ioctl"),
                "-e", "/dev/input/event0=" + UmockdevHarness.Fixture("keyboard-two-nodes-press.evemu"),
                "-e", "/dev/input/event1=" + UmockdevHarness.Fixture("keyboard-two-nodes-consumer.evemu"),
            ],
            ["config", settings, "1"],
            harnessTimeoutSeconds);
    }

    /// <summary>Writes an appsettings-style file whose "Pads" section is <paramref name="pads"/>.</summary>
    private static async Task<string> SettingsAsync(string directory, object pads)
    {
        var file = Path.Combine(directory, "appsettings.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { Pads = pads }), TestContext.Current.CancellationToken);
        return file;
    }
}
