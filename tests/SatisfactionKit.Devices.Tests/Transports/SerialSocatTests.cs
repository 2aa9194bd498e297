using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SatisfactionKit.Devices.Tests.Hosting;
using SatisfactionKit.Devices.Tests.Profiles;
using SatisfactionKit.Devices.Transports.Serial;
using SatisfactionKit.Prompts;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>A serial pad over a socat pseudo-terminal pair: the pad side writes lines, the host reads them through System.IO.Ports.</summary>
public sealed partial class SerialSocatTests
{
    [Fact]
    public async Task Lines_from_a_serial_pad_become_ratings_and_garbage_does_not()
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

            var transport = new SerialPadTransport([ptys[0]]);
            await using var fixture = new PadHostFixture(
                o => { o.Profiles.Add(PadDecoderTests.SerialPad()); o.BindPath("QUAY-05", ptys[0], "serial-pad"); },
                transport,
                Schemes.RatingSchemes.Hanoi2014);
            await fixture.StartAsync();
            await PadHostFixture.WaitUntilAsync(() => fixture.ConnectedPads.Count == 1);
            await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-05", PadHostFixture.Dossier("QUAY-05")), TestContext.Current.CancellationToken);

            await using var padSide = new FileStream(ptys[1], FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            await padSide.WriteAsync(Encoding.ASCII.GetBytes("noise\nBTN:9\n\u0001\u0002\nBTN:1\r\n"), TestContext.Current.CancellationToken);
            await padSide.FlushAsync(TestContext.Current.CancellationToken);

            await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.Ratings.IsEmpty);
            var rating = Assert.Single(fixture.Stores.Ratings);
            Assert.Equal("HL", rating.Level());
            Assert.Equal($"serial:{ptys[0]}", rating.DeviceId);
        }
        finally
        {
            process.Kill();
        }
    }

    [GeneratedRegex(@"PTY is (\S+)")]
    private static partial Regex PtyLine();
}
