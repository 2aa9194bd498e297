using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Tests.Hosting;
using SatisfactionKit.Devices.Transports.Serial;
using SatisfactionKit.Devices.Transports.Simulated;

namespace SatisfactionKit.Devices.Tests.DependencyInjection;

/// <summary>Lists in configuration replace code defaults; every mistake is refused at start naming its key; a reload is seen.</summary>
public sealed class PadsConfigurationRulesTests
{
    private static IConfigurationRoot Root(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => "Pads:" + v.Key, v => v.Value)).Build();

    [Fact]
    public void Lists_in_the_section_replace_what_code_set_before_rather_than_adding_to_it()
    {
        var section = Root(new()
        {
            ["Transports:0"] = "hidraw",
            ["Transports:1"] = "serial",
            ["Serial:Ports:0"] = "/dev/ttyUSB0",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:0:OnlyPad"] = "true",
        }).GetSection("Pads");
        var kit = PadServices.With(p => p
            .UseHidraw().UseSimulated().UseSerial(s => s.Ports.Add("/dev/ttyS9"))
            .BindSerialNumber("QUAY-09", "OLD")
            .BindConfiguration(section));

        // ["hidraw", "serial"] means those two, once each: not the simulated transport code chose, not hidraw twice.
        Assert.Equal(["HidrawTransport", "SerialPadTransport"], kit.Services.TransportTypes().Order(StringComparer.Ordinal));
        using var provider = kit.Build();
        Assert.Equal(["/dev/ttyUSB0"], provider.GetRequiredService<IOptions<SerialPadTransportOptions>>().Value.Ports);
        Assert.Equal(["QUAY-01"], provider.GetRequiredService<IOptions<RatingPadOptions>>().Value.Bindings.Select(b => b.CounterId));
    }

    [Fact]
    public void Every_mistake_in_the_section_and_its_profile_files_is_refused_at_start_naming_its_key()
    {
        var directory = Directory.CreateTempSubdirectory("sk-pads-").FullName;
        var hex = Path.Combine(directory, "bad-hex.json");
        File.WriteAllText(hex, """{ "name": "p", "vendorId": "0xZZ", "productId": "5a04", "buttons": [ { "input": "0", "levelCode": "HL" } ] }""");
        var framing = Path.Combine(directory, "bad-framing.json");
        File.WriteAllText(framing, """{ "name": "s", "kind": "Serial", "linePattern": "^(?<button>\\d)$", "serial": { "dataBits": 9, "ignorePattern": "(" }, "buttons": [ { "input": "1", "levelCode": "HL" } ] }""");
        var section = Root(new()
        {
            ["Transports:0"] = "simulated",
            ["Transports:1"] = "serial",
            ["Serial:Ports:0"] = "/dev/ttyUSB0",
            ["Serial:BaudRate"] = "fast",
            ["ProfileFiles:0"] = hex,
            ["ProfileFiles:1"] = framing,
            ["ProfileFiles:2"] = Path.Combine(directory, "missing.json"),
            ["FloodWindow"] = "soon",
            ["MaxStrayPressesPerWindow"] = "-1",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:0:OnlyPad"] = "true",
            ["Bindings:0:SerialNumber"] = "A1",
            ["Bindings:1:Counter"] = "QUAY-02",
            ["Bindings:1:Interface"] = "first",
            ["Bindings:2:Counter"] = "QUAY-03",
            ["Bindings:2:OnlyPad"] = "maybe",
        }).GetSection("Pads");
        using var provider = PadServices.With(p => p.BindConfiguration(section)).Build();

        var error = Assert.Throws<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var message = string.Join('\n', error.InnerExceptions.Select(e => e.Message));
        Assert.Contains("Pads:Serial:BaudRate: 'fast' is not a number.", message, StringComparison.Ordinal);
        Assert.Contains("Pads:ProfileFiles:0: '" + hex + "'", message, StringComparison.Ordinal);
        Assert.Contains("'0xZZ' is not a USB id in hex", message, StringComparison.Ordinal);
        Assert.Contains("Pads:ProfileFiles:1: '" + framing + "'", message, StringComparison.Ordinal);
        Assert.Contains("Serial.DataBits must be 5..8", message, StringComparison.Ordinal);
        Assert.Contains("Serial.IgnorePattern is not a regular expression", message, StringComparison.Ordinal);
        Assert.Contains("Pads:ProfileFiles:2: profile file", message, StringComparison.Ordinal);
        Assert.Contains("Pads:FloodWindow: 'soon' is not a time span", message, StringComparison.Ordinal);
        Assert.Contains("Pads:MaxStrayPressesPerWindow: '-1' is not a whole number", message, StringComparison.Ordinal);
        Assert.Contains("Pads:Bindings:0: \"OnlyPad\": true cannot be combined with SerialNumber", message, StringComparison.Ordinal);
        Assert.Contains("Pads:Bindings:1: Interface: 'first' is not a USB interface number", message, StringComparison.Ordinal);
        Assert.Contains("Pads:Bindings:2: OnlyPad: 'maybe' is not true or false.", message, StringComparison.Ordinal);

        // In Vietnamese too, as every start-up message of the library.
        Assert.Contains("không tìm thấy tệp hồ sơ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binding_that_names_a_profile_nobody_defined_is_refused_at_start()
    {
        var section = Root(new()
        {
            ["Transports:0"] = "simulated",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:0:Path"] = "/dev/ttyUSB0",
            ["Bindings:0:Profile"] = "no-such-pad",
        }).GetSection("Pads");
        using var provider = PadServices.With(p => p.BindConfiguration(section)).Build();

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var message = error is AggregateException all ? string.Join('\n', all.InnerExceptions.Select(e => e.Message)) : error.Message;
        Assert.Contains("RatingPadOptions.Bindings[0].Profile: names profile 'no-such-pad', which is not defined", message, StringComparison.Ordinal);
        Assert.Contains("hồ sơ bàn phím 'no-such-pad' chưa được khai báo", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0x1a86\"")]
    [InlineData("\"0X1A86\"")]
    [InlineData("\"1a86\"")]
    [InlineData("6790")]
    public void Profile_ids_are_hex_strings_as_datasheets_write_them_or_decimal_numbers(string id)
    {
        var profile = Assert.Single(PadProfileJson.Parse($$"""{ "name": "ch", "vendorId": {{id}}, "productId": "0x7523", "buttons": [ { "input": "0", "levelCode": "HL" } ] }"""));
        Assert.Equal(0x1A86, profile.VendorId);
        Assert.Equal(0x7523, profile.ProductId);
    }

    [Theory]
    [InlineData("\"0x10000\"")]
    [InlineData("\"pad\"")]
    [InlineData("-1")]
    [InlineData("true")]
    public void Profile_ids_that_are_not_usb_ids_are_refused(string id)
    {
        var error = Assert.Throws<InvalidDataException>(() => PadProfileJson.Parse($$"""{ "name": "ch", "vendorId": {{id}}, "buttons": [ { "input": "0", "levelCode": "HL" } ] }"""));
        Assert.Contains("vendorId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_ignored_once_is_bound_when_a_configuration_reload_changes_the_bindings()
    {
        var root = Root(new()
        {
            ["Transports:0"] = "simulated",
            ["ScanInterval"] = "00:00:00.050",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:0:SerialNumber"] = "A1",
        });
        await using var provider = PadServices.With(p => p.BindConfiguration(root.GetSection("Pads"))).Build();
        var pad = provider.GetRequiredService<SimulatedPadTransport>().Add("pad-1", BuiltInPadProfiles.GenericVendorId, BuiltInPadProfiles.Generic4ButtonProductId, "B2");
        var hosted = provider.GetServices<IHostedService>().ToArray();
        foreach (var service in hosted)
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            await Task.Delay(300, TestContext.Current.CancellationToken);
            Assert.False(pad.IsOpen);

            root["Pads:Bindings:0:SerialNumber"] = "B2";
            root.Reload();
            var host = provider.GetRequiredService<RatingPadHost>();
            await PadHostFixture.WaitUntilAsync(() => host.ConnectedPads.Count == 1);
            Assert.Equal("QUAY-01", host.ConnectedPads["simulated:pad-1"]);
        }
        finally
        {
            foreach (var service in hosted)
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }
}
