using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Tests.Hosting;
using SatisfactionKit.Devices.Transports.Evdev;
using SatisfactionKit.Devices.Transports.Serial;
using SatisfactionKit.Devices.Transports.Simulated;

namespace SatisfactionKit.Devices.Tests.DependencyInjection;

public sealed class RatingPadsConfigurationTests
{
    private static IConfigurationSection Pads(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => "Host:Pads:" + v.Key, v => v.Value)).Build().GetSection("Host:Pads");

    [Fact]
    public void A_pads_section_chooses_transports_profiles_and_bindings()
    {
        var profiles = Path.Combine(AppContext.BaseDirectory, "Fixtures", "three-level-pad.json");
        var section = Pads(new()
        {
            ["Transports:0"] = "serial",
            ["Transports:1"] = "SIMULATED",
            ["Transports:2"] = "evdev",
            ["SerialPorts:0"] = "/dev/ttyUSB0",
            ["SerialBaudRate"] = "19200",
            ["KeyboardPadNames:0"] = "Pad Keyboard",
            ["ProfileFiles:0"] = profiles,
            ["UseBuiltInProfiles"] = "false",
            ["ScanInterval"] = "00:00:00.100",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:0:OnlyPad"] = "true",
            ["Bindings:1:Counter"] = "QUAY-02",
            ["Bindings:1:SerialNumber"] = "A1",
            ["Bindings:2:Counter"] = "QUAY-03",
            ["Bindings:2:Path"] = "/dev/ttyUSB0",
            ["Bindings:2:Profile"] = "three-level-value-pad",
        });
        using var provider = PadServices.With(p => p.BindConfiguration(section)).Build();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<RatingPadOptions>>().Value;
        Assert.Equal([profiles], options.ProfileFiles);
        Assert.False(options.UseBuiltInProfiles);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.ScanInterval);
        Assert.Equal(["QUAY-01", "QUAY-02", "QUAY-03"], options.Bindings.Select(b => b.CounterId));
        Assert.Null(options.Bindings[0].Match);
        Assert.True(options.Bindings[1].Match!(new PadDeviceInfo("hidraw", "/dev/hidraw0", 1, 2) { SerialNumber = "A1" }));
        Assert.True(options.Bindings[2].Match!(new PadDeviceInfo("serial", "/dev/ttyUSB0", 0, 0)));
        Assert.Equal("three-level-value-pad", options.Bindings[2].ProfileName);
        var serial = provider.GetRequiredService<IOptions<SerialPadTransportOptions>>().Value;
        Assert.Equal(["/dev/ttyUSB0"], serial.Ports);
        Assert.Equal(19200, serial.BaudRate);
        Assert.Equal(["Pad Keyboard"], provider.GetRequiredService<IOptions<EvdevTransportOptions>>().Value.DeviceNames);
        Assert.Equal(["EvdevTransport", "SerialPadTransport", "SimulatedPadTransport"], PadServices.With(p => p.BindConfiguration(section)).Services.TransportTypes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_a_pads_section_gets_wrong_fails_at_start_naming_its_key()
    {
        var section = Pads(new()
        {
            ["Transports:0"] = "simulated",
            ["Transports:1"] = "bluetooth",
            ["ScanInterval"] = "fast",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:1:Counter"] = "",
            ["Bindings:1:OnlyPad"] = "true",
        });
        using var provider = PadServices.With(p => p.BindConfiguration(section)).Build();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Host:Pads:Transports:1: unknown transport 'bluetooth'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host:Pads:ScanInterval: 'fast' is not a time span", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host:Pads:Bindings:0: needs SerialNumber, Path or \"OnlyPad\": true.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host:Pads:Bindings:1:Counter is empty.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulated_pad_configured_in_a_section_rates_its_counters_prompt()
    {
        var section = Pads(new()
        {
            ["Transports:0"] = "simulated",
            ["ScanInterval"] = "00:00:00.050",
            ["Bindings:0:Counter"] = "QUAY-01",
            ["Bindings:0:OnlyPad"] = "true",
        });
        await using var provider = PadServices.With(p => p.BindConfiguration(section)).Build();
        var pad = provider.GetRequiredService<SimulatedPadTransport>().Add("pad-1", BuiltInPadProfiles.GenericVendorId, BuiltInPadProfiles.Generic4ButtonProductId);
        var hosted = provider.GetServices<IHostedService>().ToArray();
        foreach (var service in hosted)
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            var host = provider.GetRequiredService<RatingPadHost>();
            await PadHostFixture.WaitUntilAsync(() => host.ConnectedPads.Count > 0);
            Assert.Equal("QUAY-01", host.ConnectedPads["simulated:pad-1"]);
            Assert.True(pad.IsOpen);
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
