using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Tests.Profiles;

public sealed class PadProfileJsonTests
{
    [Fact]
    public async Task A_new_layout_is_read_from_a_json_file_and_decodes_its_reports()
    {
        var profiles = await PadProfileJson.LoadAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "three-level-pad.json"), TestContext.Current.CancellationToken);
        var profile = Assert.Single(profiles);
        Assert.Equal(0x16C0, profile.VendorId);
        var decoder = new PadDecoder(profile);
        Assert.Equal("RHL", decoder.DecodeReport([5, 0, 0, 1]).Button?.LevelCode);
        Assert.Equal("KHL", decoder.DecodeReport([5, 0, 0, 3]).Button?.LevelCode);
        Assert.True(OutputTemplate.TryParse(profile.Outputs.Awaiting!, out var led));
        Assert.Equal(new byte[] { 6, 0x07 }, led);
    }

    [Fact]
    public void A_pad_with_criterion_buttons_has_a_confirm_key_that_ends_the_follow_up()
    {
        var profile = Assert.Single(PadProfileJson.Parse("""
            { "name": "hanoi-criteria-pad", "vendorId": "0x16c0", "productId": "0x05df", "encoding": "Value", "reportLength": 2, "buttonByte": 1,
              "buttons": [ { "input": "1", "levelCode": "HL" }, { "input": "2", "levelCode": "KHL" },
                           { "input": "3", "criterionCode": "HO_SO" }, { "input": "9", "confirms": true } ] }
            """));

        var decoded = new PadDecoder(profile).DecodeReport([0, 9]).Button;

        Assert.NotNull(decoded);
        Assert.True(decoded.Confirms);
        Assert.Null(decoded.LevelCode);
        Assert.Throws<InvalidDataException>(() => PadProfileJson.Parse("""{ "name": "x", "buttons": [ { "input": "1" } ] }"""));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"name\":\"x\",\"buttons\":[]}")]
    [InlineData("{\"name\":\"x\",\"buttons\":[{\"input\":\"9\",\"levelCode\":\"HL\"}]}")]
    [InlineData("{\"name\":\"x\",\"kind\":\"Serial\",\"linePattern\":\"(\",\"buttons\":[{\"input\":\"1\",\"levelCode\":\"HL\"}]}")]
    [InlineData("{\"name\":\"x\",\"buttons\":[{\"input\":\"1\",\"levelCode\":\"HL\"}],\"outputs\":{\"idle\":\"0G\"}}")]
    public void Invalid_json_profiles_are_refused_with_a_reason(string json) =>
        Assert.Throws<InvalidDataException>(() => PadProfileJson.Parse(json));

    [Fact]
    public void Profiles_match_devices_by_vendor_product_and_serial()
    {
        var profile = BuiltInPadProfiles.Generic4Button();
        var device = new PadDeviceInfo("sim", "p1", BuiltInPadProfiles.GenericVendorId, BuiltInPadProfiles.Generic4ButtonProductId) { SerialNumber = "A1" };
        Assert.True(profile.Matches(device));
        Assert.False(profile.Matches(device with { ProductId = 1 }));
        profile.SerialNumber = "B2";
        Assert.False(profile.Matches(device));
    }
}
