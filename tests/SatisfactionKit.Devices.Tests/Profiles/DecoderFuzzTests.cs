using System.Diagnostics;
using System.Globalization;
using System.Text;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Tests.Profiles;

/// <summary>
/// Random and malformed input through every decoder kind (HID bitmap, with and without report
/// ids; HID value-per-button; keyboard key codes; serial lines). Each input is also judged by an
/// oracle written independently of <see cref="PadDecoder"/> (plain loops, no bit tricks, no
/// regular expression), and the two must agree on whether it is a press and of which button: no
/// exception escapes and no press appears that the bytes do not encode.
/// The normal run uses <see cref="DefaultCount"/> inputs per decoder; set
/// <c>SATISFACTIONKIT_FUZZ_COUNT=1000000</c> for the full count (and <c>SATISFACTIONKIT_FUZZ_SEED</c> to replay a seed).
/// </summary>
public sealed class DecoderFuzzTests
{
    public const int DefaultCount = 200_000;

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_FUZZ_COUNT"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCount;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261123;

    public static TheoryData<string> HidProfiles => ["generic-hid-4", "generic-hid-5", "no-report-id-bitmap", "value-pad"];

    [Theory]
    [MemberData(nameof(HidProfiles))]
    public void Hid_reports_agree_with_the_oracle(string profileName)
    {
        var profile = HidProfile(profileName);
        var decoder = new PadDecoder(profile);
        var oracle = new HidOracle(profile);
        var random = new Random(Seed);
        var presses = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Count; i++)
        {
            var report = GenerateReport(random, profile);
            var expected = oracle.Judge(report);
            var actual = Decode(decoder, report, i);
            if (actual.IsPress != (expected is not null) || actual.Button?.LevelCode != expected)
            {
                Assert.Fail($"Input #{i} [{Convert.ToHexString(report)}] (seed {Seed}): decoder said {actual.Outcome} {actual.Button?.LevelCode}, oracle {expected ?? "no press"}.");
            }

            presses += actual.IsPress ? 1 : 0;
        }

        // The generator must really exercise presses, not only garbage.
        Assert.InRange(presses, Count / 100, Count);
        TestContext.Current.SendDiagnosticMessage($"{profileName}: {Count} reports, {presses} presses, {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Keyboard_key_codes_agree_with_the_oracle()
    {
        var profile = BuiltInPadProfiles.Keyboard4Key();
        var decoder = new PadDecoder(profile);
        var random = new Random(Seed);
        var presses = 0;
        for (var i = 0; i < Count; i++)
        {
            // Mostly two-byte codes (half of them small, near the pad's keys), some of other lengths.
            var input = new byte[random.Next(10) == 0 ? random.Next(0, 6) : 2];
            random.NextBytes(input);
            if (input.Length == 2 && random.Next(2) == 0)
            {
                input[0] = (byte)random.Next(0, 8);
                input[1] = (byte)(random.Next(4) == 0 ? random.Next(1, 256) : 0);
            }

            string? expected = null;
            if (input.Length == 2)
            {
                var code = input[0] + (input[1] * 256);
                expected = code switch { 2 => "RHL", 3 => "HL", 4 => "KHL", 5 => "RKHL", _ => null };
            }

            var actual = Decode(decoder, input, i);
            if (actual.IsPress != (expected is not null) || actual.Button?.LevelCode != expected)
            {
                Assert.Fail($"Input #{i} [{Convert.ToHexString(input)}] (seed {Seed}): decoder {actual.Outcome}, oracle {expected ?? "no press"}.");
            }

            presses += actual.IsPress ? 1 : 0;
        }

        Assert.InRange(presses, Count / 100, Count);
    }

    [Fact]
    public void Serial_lines_agree_with_the_oracle()
    {
        var decoder = new PadDecoder(PadDecoderTests.SerialPad());
        var random = new Random(Seed);
        var presses = 0;
        for (var i = 0; i < Count; i++)
        {
            var input = GenerateLine(random);
            var expected = SerialOracle(input);
            var actual = Decode(decoder, input, i);
            if (actual.IsPress != (expected is not null) || actual.Button?.LevelCode != expected)
            {
                Assert.Fail($"Input #{i} [{Convert.ToHexString(input)}] (seed {Seed}): decoder {actual.Outcome}, oracle {expected ?? "no press"}.");
            }

            presses += actual.IsPress ? 1 : 0;
        }

        Assert.InRange(presses, Count / 100, Count);
    }

    private static DecodeResult Decode(PadDecoder decoder, byte[] input, int index)
    {
        try
        {
            return decoder.Decode(input);
        }
        catch (Exception ex)
        {
            Assert.Fail($"Input #{index} [{Convert.ToHexString(input)}] (seed {Seed}) threw {ex}");
            throw;
        }
    }

    private static PadProfile HidProfile(string name) => name switch
    {
        "generic-hid-4" => BuiltInPadProfiles.Generic4Button(),
        "generic-hid-5" => BuiltInPadProfiles.Generic5Button(),
        "value-pad" => PadDecoderTests.ValuePad(),
        _ => new PadProfile
        {
            Name = name,
            VendorId = 0x1234,
            InputReportId = null,
            InputReportLength = 3,
            ButtonOffset = 2,
            Encoding = ButtonEncoding.Bitmap,
            Buttons =
            {
                new PadButton { Input = "0", LevelCode = "RHL" },
                new PadButton { Input = "3", LevelCode = "HL" },
                new PadButton { Input = "7", LevelCode = "KHL" },
            },
        },
    };

    /// <summary>Well-formed reports (with single bits, several bits, zero and random button bytes), wrong ids, wrong lengths and pure noise.</summary>
    private static byte[] GenerateReport(Random random, PadProfile profile)
    {
        var kind = random.Next(10);
        var length = kind switch
        {
            0 => random.Next(0, profile.InputReportLength),            // truncated
            1 => random.Next(profile.InputReportLength + 1, 65),        // oversized
            2 => random.Next(0, 65),                                     // noise of any length
            _ => profile.InputReportLength,
        };
        var report = new byte[length];
        random.NextBytes(report);
        if (kind >= 3 && length > 0)
        {
            if (profile.InputReportId is { } id && kind != 3)
            {
                report[0] = (byte)id; // kind 3 keeps a random (mostly wrong) id
            }

            report[profile.ButtonOffset] = random.Next(4) switch
            {
                0 => 0,
                1 => (byte)(1 << random.Next(8)),
                2 => (byte)random.Next(0, 8),
                _ => (byte)random.Next(256),
            };
        }

        return report;
    }

    private static byte[] GenerateLine(Random random)
    {
        switch (random.Next(8))
        {
            case 0:
            {
                var noise = new byte[random.Next(0, 300)];
                random.NextBytes(noise);
                return noise;
            }

            case 1:
                return Encoding.UTF8.GetBytes("BTN:" + new string('9', random.Next(250, 300)));
            case 2:
                return Encoding.UTF8.GetBytes((random.Next(2) == 0 ? "btn:" : "BTN;") + random.Next(0, 5).ToString(CultureInfo.InvariantCulture));
            case 3:
                return Encoding.UTF8.GetBytes("BTN:" + "٠١٢٣"[random.Next(4)]); // Arabic-Indic digits: \d, but no button token
            default:
            {
                string[] pads = ["", " ", "\t", "\r", "\u00A0", "x"];
                var token = random.Next(4) == 0 ? "0" + random.Next(0, 4).ToString(CultureInfo.InvariantCulture) : random.Next(0, 5).ToString(CultureInfo.InvariantCulture);
                return Encoding.UTF8.GetBytes(pads[random.Next(pads.Length)] + "BTN:" + token + pads[random.Next(pads.Length)]);
            }
        }
    }

    /// <summary>A serial line is a press when, trimmed, it is exactly "BTN:" and a button's token (1 = HL, 2 = KHL).</summary>
    private static string? SerialOracle(byte[] input)
    {
        if (input.Length > 256)
        {
            return null;
        }

        var line = Encoding.UTF8.GetString(input).Trim();
        return line switch
        {
            "BTN:1" => "HL",
            "BTN:2" => "KHL",
            _ => null,
        };
    }

    /// <summary>
    /// The HID oracle: a report counts only with the exact length and id; a value pad presses the
    /// button whose number is the byte; a bitmap pad presses when exactly one bit went from 0 to 1
    /// since the previous counted report, and that bit is a button.
    /// </summary>
    private sealed class HidOracle(PadProfile profile)
    {
        private readonly bool[] _held = new bool[8];

        public string? Judge(byte[] report)
        {
            if (report.Length != profile.InputReportLength || (profile.InputReportId is { } id && report[0] != id))
            {
                return null;
            }

            var value = report[profile.ButtonOffset];
            if (profile.Encoding == ButtonEncoding.Value)
            {
                return profile.Buttons.FirstOrDefault(b => b.Input == value.ToString(CultureInfo.InvariantCulture))?.LevelCode;
            }

            var risen = new List<int>();
            for (var bit = 0; bit < 8; bit++)
            {
                var down = (value / (1 << bit)) % 2 == 1;
                if (down && !_held[bit])
                {
                    risen.Add(bit);
                }

                _held[bit] = down;
            }

            return risen.Count == 1
                ? profile.Buttons.FirstOrDefault(b => b.Input == risen[0].ToString(CultureInfo.InvariantCulture))?.LevelCode
                : null;
        }
    }
}
