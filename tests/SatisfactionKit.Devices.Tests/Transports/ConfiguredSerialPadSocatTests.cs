using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Tests.DependencyInjection;
using SatisfactionKit.Devices.Tests.Hosting;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>
/// A serial pad with its own line protocol (CR-terminated "K&lt;n&gt;" lines, 19200 8E1, a "#HB" heartbeat),
/// configured by settings alone, over a socat pseudo-terminal pair.
/// </summary>
public sealed partial class ConfiguredSerialPadSocatTests
{
    [Fact]
    public async Task Heartbeats_are_dropped_silently_split_lines_are_joined_and_garbage_is_refused()
    {
        var socat = TestEnvironment.Tool("socat");
        using var process = Process.Start(new ProcessStartInfo(socat, "-d -d pty,raw,echo=0 pty,raw,echo=0") { RedirectStandardError = true, UseShellExecute = false })!;
        try
        {
            var ptys = new List<string>();
            while (ptys.Count < 2)
            {
                var line = await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken) ?? throw new InvalidOperationException("socat ended early.");
                if (PtyLine().Match(line) is { Success: true } match)
                {
                    ptys.Add(match.Groups[1].Value);
                }
            }

            var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pads:Transports:0"] = "serial",
                ["Pads:Serial:Ports:0"] = ptys[0],
                ["Pads:ProfileFiles:0"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "serial-heartbeat-pad.json"),
                ["Pads:ScanInterval"] = "00:00:00.050",
                ["Pads:Bindings:0:Counter"] = "QUAY-05",
                ["Pads:Bindings:0:OnlyPad"] = "true",
                ["Pads:Bindings:0:Profile"] = "serial-heartbeat-pad",
            }).Build().GetSection("Pads");
            var logs = new CapturingLoggerProvider();
            var kit = PadServices.Kit();
            kit.Services.AddLogging(b => b.AddProvider(logs));
            await using var provider = kit.AddRatingPads(section).Build();
            var hosted = provider.GetServices<IHostedService>().ToArray();
            foreach (var service in hosted)
            {
                await service.StartAsync(TestContext.Current.CancellationToken);
            }

            try
            {
                var host = provider.GetRequiredService<RatingPadHost>();
                await PadHostFixture.WaitUntilAsync(() => host.ConnectedPads.Count == 1);
                var coordinator = provider.GetRequiredService<IPromptCoordinator>();
                await coordinator.OpenAsync(new PromptRequest("QUAY-05", PadHostFixture.Dossier("QUAY-05")), TestContext.Current.CancellationToken);

                await using var padSide = new FileStream(ptys[1], FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                async Task WriteAsync(string text)
                {
                    await padSide.WriteAsync(Encoding.ASCII.GetBytes(text), TestContext.Current.CancellationToken);
                    await padSide.FlushAsync(TestContext.Current.CancellationToken);
                    await Task.Delay(30, TestContext.Current.CancellationToken);
                }

                for (var i = 0; i < 40; i++)
                {
                    await padSide.WriteAsync("#HB\r"u8.ToArray(), TestContext.Current.CancellationToken);
                }

                await WriteAsync("\u0001\u0002zz\rK9\r");   // garbage and a key the pad does not have: two refused lines
                await WriteAsync("#H");                       // a heartbeat split across writes
                await WriteAsync("B\rK");                     // ... and a press split across writes
                await WriteAsync("2\r#HB\r");

                var stores = provider.GetRequiredService<IRatingStore>();
                await PadHostFixture.WaitUntilAsync(() => !((RecordingStores)stores).Ratings.IsEmpty);
                await Task.Delay(200, TestContext.Current.CancellationToken);
                var rating = Assert.Single(((RecordingStores)stores).Ratings);
                Assert.Equal("HL", rating.Answers.Select(a => a.LevelCode).Distinct().Single());
                Assert.Equal($"serial:{ptys[0]}", rating.DeviceId);
            }
            finally
            {
                foreach (var service in hosted)
                {
                    await service.StopAsync(CancellationToken.None);
                }
            }

            // 42 heartbeats wrote nothing; the two refused lines one warning each; the stop no disconnection.
            Assert.Equal(2, logs.Lines.Count(l => l.Contains("not a press", StringComparison.Ordinal)));
            Assert.DoesNotContain(logs.Lines, l => l.Contains("disconnected", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill();
        }
    }

    [GeneratedRegex(@"PTY is (\S+)")]
    private static partial Regex PtyLine();
}
