using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Tests.Profiles;

public sealed class PadDecoderTests
{
    [Fact]
    public void Generic_5_button_pad_turns_each_bit_into_its_level()
    {
        var decoder = new PadDecoder(BuiltInPadProfiles.Generic5Button());
        string?[] levels = [.. Enumerable.Range(0, 5).Select(bit =>
        {
            var press = decoder.DecodeReport([1, (byte)(1 << bit)]);
            Assert.Equal(DecodeOutcome.NoPress, decoder.DecodeReport([1, 0]).Outcome);
            return press.Button?.LevelCode;
        })];
        Assert.Equal(new string?[] { "5", "4", "3", "2", "1" }, levels.AsEnumerable());
    }

    [Fact]
    public void A_held_button_is_one_press_and_a_second_button_while_held_is_a_new_press()
    {
        var decoder = new PadDecoder(BuiltInPadProfiles.Generic4Button());
        Assert.True(decoder.DecodeReport([1, 0b0001]).IsPress);
        Assert.Equal(DecodeOutcome.NoPress, decoder.DecodeReport([1, 0b0001]).Outcome);
        Assert.Equal("HL", decoder.DecodeReport([1, 0b0011]).Button?.LevelCode);
    }

    [Theory]
    [InlineData(new byte[] { }, DecodeOutcome.Truncated)]
    [InlineData(new byte[] { 1 }, DecodeOutcome.Truncated)]
    [InlineData(new byte[] { 1, 1, 0 }, DecodeOutcome.Oversized)]
    [InlineData(new byte[] { 3, 1 }, DecodeOutcome.WrongReportId)]
    [InlineData(new byte[] { 1, 0b0011 }, DecodeOutcome.Ambiguous)]
    [InlineData(new byte[] { 1, 0b0001_0000 }, DecodeOutcome.UnknownButton)]
    public void Malformed_reports_are_never_presses(byte[] report, DecodeOutcome expected)
    {
        var result = new PadDecoder(BuiltInPadProfiles.Generic4Button()).DecodeReport(report);
        Assert.Equal(expected, result.Outcome);
        Assert.False(result.IsPress);
        Assert.True(result.IsMalformed);
    }

    [Fact]
    public void Random_and_malformed_reports_never_throw_and_presses_only_come_from_well_formed_reports()
    {
        var random = new Random(20261123);
        foreach (var profile in new[] { BuiltInPadProfiles.Generic4Button(), BuiltInPadProfiles.Generic5Button(), ValuePad() })
        {
            var decoder = new PadDecoder(profile);
            for (var i = 0; i < 20_000; i++)
            {
                var report = new byte[random.Next(0, 8)];
                random.NextBytes(report);
                if (random.Next(3) == 0 && report.Length > 0)
                {
                    report[0] = (byte)(profile.InputReportId ?? 0);
                }

                var result = decoder.Decode(report);
                if (result.IsPress)
                {
                    Assert.Equal(profile.InputReportLength, report.Length);
                    Assert.Equal(profile.InputReportId, report[0]);
                    Assert.Contains(result.Button!, profile.Buttons);
                }
                else if (report.Length != profile.InputReportLength)
                {
                    Assert.Equal(report.Length < profile.InputReportLength ? DecodeOutcome.Truncated : DecodeOutcome.Oversized, result.Outcome);
                }
            }
        }
    }

    [Fact]
    public void Random_bitmap_sequences_give_exactly_one_press_per_single_rising_bit()
    {
        var random = new Random(7);
        var decoder = new PadDecoder(BuiltInPadProfiles.Generic5Button());
        var previous = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var bitmap = random.Next(0, 256);
            var rising = bitmap & ~previous;
            previous = bitmap;
            var result = decoder.DecodeReport([1, (byte)bitmap]);
            var expectPress = rising != 0 && (rising & (rising - 1)) == 0 && rising < 0b10_0000;
            Assert.Equal(expectPress, result.IsPress);
        }
    }

    [Fact]
    public void Value_encoded_pads_map_values_and_ignore_zero()
    {
        var decoder = new PadDecoder(ValuePad());
        Assert.Equal("KHL", decoder.DecodeReport([7, 0, 2, 0]).Button?.LevelCode);
        Assert.Equal(DecodeOutcome.NoPress, decoder.DecodeReport([7, 0, 0, 0]).Outcome);
        Assert.Equal(DecodeOutcome.UnknownButton, decoder.DecodeReport([7, 0, 9, 0]).Outcome);
    }

    [Fact]
    public void Serial_lines_follow_the_pattern_and_garbage_is_not_a_press()
    {
        var decoder = new PadDecoder(SerialPad());
        Assert.Equal("HL", decoder.DecodeLine("BTN:1").Button?.LevelCode);
        Assert.Equal("KHL", decoder.DecodeLine(" BTN:2\r").Button?.LevelCode);
        Assert.False(decoder.DecodeLine("BTN:9").IsPress);
        Assert.False(decoder.DecodeLine("BTN:").IsPress);
        Assert.False(decoder.DecodeLine(new string('B', 10_000)).IsPress);
        var random = new Random(3);
        for (var i = 0; i < 5_000; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var result = decoder.Decode(bytes);
            Assert.False(result.IsPress && !System.Text.Encoding.UTF8.GetString(bytes).Contains("BTN:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Keyboard_pad_maps_key_codes()
    {
        var decoder = new PadDecoder(BuiltInPadProfiles.Keyboard4Key());
        Assert.Equal("RHL", decoder.DecodeKey("2").Button?.LevelCode);
        Assert.Equal("RKHL", decoder.Decode([5, 0]).Button?.LevelCode);
        Assert.False(decoder.DecodeKey("30").IsPress);
        Assert.Equal(DecodeOutcome.Truncated, decoder.Decode([5]).Outcome);
        Assert.Equal(DecodeOutcome.Oversized, decoder.Decode([5, 0, 0]).Outcome);
    }

    [Fact]
    public void Invalid_profiles_are_refused_when_the_decoder_is_built()
    {
        var profile = BuiltInPadProfiles.Generic4Button();
        profile.ButtonOffset = 5;
        Assert.Throws<ArgumentException>(() => new PadDecoder(profile));
    }

    internal static PadProfile ValuePad() => new()
    {
        Name = "value-pad",
        VendorId = 0x1234,
        ProductId = 0x0002,
        InputReportId = 7,
        InputReportLength = 4,
        ButtonOffset = 2,
        Encoding = ButtonEncoding.Value,
        Buttons = { new PadButton { Input = "1", LevelCode = "HL" }, new PadButton { Input = "2", LevelCode = "KHL" } },
    };

    internal static PadProfile SerialPad() => new()
    {
        Name = "serial-pad",
        Kind = PadKind.Serial,
        LinePattern = @"^BTN:(?<button>\d+)$",
        Buttons = { new PadButton { Input = "1", LevelCode = "HL" }, new PadButton { Input = "2", LevelCode = "KHL" } },
    };
}
