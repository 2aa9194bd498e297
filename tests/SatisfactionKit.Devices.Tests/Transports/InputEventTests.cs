using SatisfactionKit.Devices.Transports.Evdev;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>struct input_event parsing with bytes as the 64-bit and 32-bit kernels lay them out.</summary>
public sealed class InputEventTests
{
    // x86-64: tv_sec 0x65000000, tv_usec 123456, EV_KEY (1), KEY_2 (3), value 1 (down).
    private static readonly byte[] KeyDown64 = Convert.FromHexString("0000006500000000" + "40E2010000000000" + "0100" + "0300" + "01000000");

    [Fact]
    public void A_64_bit_key_down_event_gives_its_key_code()
    {
        Assert.True(InputEvent.TryParse(KeyDown64, InputEvent.Size64, out var type, out var code, out var value));
        Assert.Equal((1, 3, 1), (type, code, value));
        Assert.True(InputEvent.TryGetKeyDown(KeyDown64, InputEvent.Size64, out var key));
        Assert.Equal(3, key);
    }

    [Fact]
    public void A_32_bit_event_is_read_from_its_own_layout()
    {
        var keyDown32 = Convert.FromHexString("00000065" + "40E20100" + "0100" + "0500" + "01000000");
        Assert.True(InputEvent.TryGetKeyDown(keyDown32, InputEvent.Size32, out var key));
        Assert.Equal(5, key);
    }

    [Theory]
    [InlineData("0100" + "0300" + "00000000")] // release
    [InlineData("0100" + "0300" + "02000000")] // auto-repeat
    [InlineData("0000" + "0000" + "00000000")] // EV_SYN
    [InlineData("0400" + "0400" + "1F000700")] // EV_MSC scan code
    [InlineData("0100" + "0000" + "01000000")] // key code 0 (KEY_RESERVED)
    public void Events_that_are_not_a_key_going_down_are_not_presses(string payload)
    {
        var bytes = Convert.FromHexString("0000006500000000" + "40E2010000000000" + payload);
        Assert.False(InputEvent.TryGetKeyDown(bytes, InputEvent.Size64, out var key));
        Assert.Equal(0, key);
    }

    [Fact]
    public void Short_long_and_odd_sized_input_is_not_an_event()
    {
        Assert.False(InputEvent.TryParse(KeyDown64.AsSpan(0, 23), InputEvent.Size64, out _, out _, out _));
        Assert.False(InputEvent.TryParse([.. KeyDown64, 0], InputEvent.Size64, out _, out _, out _));
        Assert.False(InputEvent.TryParse(KeyDown64.AsSpan(0, 20), 20, out _, out _, out _));
    }
}
