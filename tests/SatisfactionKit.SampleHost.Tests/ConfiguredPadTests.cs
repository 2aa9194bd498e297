using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SatisfactionKit.Testing;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// A real (serial) pad configured in the sample's settings only — no code — over a socat pseudo-terminal
/// pair: the pad's line becomes the rating of the counter's open prompt.
/// </summary>
public sealed partial class ConfiguredPadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_serial_pad_bound_in_appsettings_rates_its_counters_prompt()
    {
        var socat = TestEnvironment.Tool("socat");
        using var pty = Process.Start(new ProcessStartInfo(socat, "-d -d pty,raw,echo=0 pty,raw,echo=0") { RedirectStandardError = true, UseShellExecute = false })!;
        try
        {
            var ends = new List<string>();
            while (ends.Count < 2)
            {
                var line = await pty.StandardError.ReadLineAsync(Ct) ?? throw new InvalidOperationException("socat ended early.");
                if (PtyLine().Match(line) is { Success: true } match)
                {
                    ends.Add(match.Groups[1].Value);
                }
            }

            // A pad model the library does not know, described in JSON: "BTN:1" is satisfied, "BTN:2" not.
            var profile = Path.Combine(Directory.CreateTempSubdirectory("sk-pad-").FullName, "pads.json");
            await File.WriteAllTextAsync(profile, """
                { "name": "counter-serial-pad", "kind": "Serial", "linePattern": "^BTN:(?<button>\\d+)$",
                  "buttons": [ { "input": "1", "levelCode": "HL" }, { "input": "2", "levelCode": "KHL" } ] }
                """, Ct);
            await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct, new Dictionary<string, string>
            {
                ["SampleHost__Pads__Enabled"] = "true",
                ["SampleHost__Pads__Transports__0"] = "serial",
                ["SampleHost__Pads__SerialPorts__0"] = ends[0],
                ["SampleHost__Pads__ProfileFiles__0"] = profile,
                ["SampleHost__Pads__Bindings__0__Counter"] = "QUAY-03",
                ["SampleHost__Pads__Bindings__0__OnlyPad"] = "false",
                ["SampleHost__Pads__Bindings__0__Path"] = ends[0],
                ["SampleHost__Pads__Bindings__0__Profile"] = "counter-serial-pad",
            });
            using var client = await DemoSignIn.ClientAsync(host, "canbo.q3", Ct);
            var dossiers = await client.GetFromJsonAsync<JsonElement>("api/dossiers?unit=UBND-Q3", Ct);
            var dossier = dossiers.EnumerateArray().First(d => d.GetProperty("state").GetString() == "ResultReady").GetProperty("code").GetString();

            (await client.PostAsJsonAsync("api/units/UBND-Q3/counters/QUAY-03/return", new { dossierCode = dossier }, Ct)).EnsureSuccessStatusCode();
            await using (var pad = new FileStream(ends[1], FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
            {
                await pad.WriteAsync(Encoding.ASCII.GetBytes("BTN:1\n"), Ct);
            }

            var state = "";
            for (var i = 0; i < 100 && state != "Done"; i++)
            {
                await Task.Delay(100, Ct);
                state = (await client.GetFromJsonAsync<JsonElement>("api/units/UBND-Q3/counters/QUAY-03/status", Ct)).GetProperty("state").GetString()!;
            }

            Assert.True(state == "Done", string.Join('\n', host.Output));
        }
        finally
        {
            pty.Kill();
        }
    }

    [GeneratedRegex(@"PTY is (\S+)")]
    private static partial Regex PtyLine();
}
