using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Hidraw;
using SatisfactionKit.Devices.Tests.Hosting;
using SatisfactionKit.Devices.Transports.Serial;
using SatisfactionKit.Devices.Transports.Simulated;

namespace SatisfactionKit.Devices.Tests.DependencyInjection;

public sealed class RatingPadsBuilderTests
{
    private const int Vid = BuiltInPadProfiles.GenericVendorId;
    private const int Pid4 = BuiltInPadProfiles.Generic4ButtonProductId;

    [Fact]
    public void A_transport_used_twice_is_registered_once_and_serial_ports_add_up()
    {
        var kit = PadServices.With(p => p
                .UseHidraw().UseHidraw()
                .UseSerial(s => s.Ports.Add("/dev/ttyUSB0")).UseSerial(s => s.Ports.Add("/dev/ttyUSB1"))
                .UseSimulated().UseSimulated()
                .BindOnlyPad("QUAY-01"))
            .AddRatingPads(p => p.UseHidraw());

        Assert.Equal(["HidrawTransport", "SerialPadTransport", "SimulatedPadTransport"], kit.Services.TransportTypes().Order(StringComparer.Ordinal));
        using var provider = kit.Build();
        Assert.Equal(["/dev/ttyUSB0", "/dev/ttyUSB1"], provider.GetRequiredService<IOptions<SerialPadTransportOptions>>().Value.Ports);
        Assert.Same(provider.GetRequiredService<SimulatedPadTransport>(), provider.GetServices<IPadTransport>().OfType<SimulatedPadTransport>().Single());
        Assert.Single(provider.GetServices<IHostedService>().OfType<RatingPadHost>());
    }

    [Fact]
    public void A_transport_registered_by_hand_is_not_registered_again_and_is_the_one_shared()
    {
        var mine = new SimulatedPadTransport();
        var kit = PadServices.Kit();
        kit.Services.AddSingleton<IPadTransport>(mine);
        kit.Services.AddSingleton<IPadTransport, HidrawTransport>();
        kit.AddRatingPads(p => p.UseSimulated().UseHidraw().BindOnlyPad("QUAY-01"));

        Assert.Equal(2, kit.Services.TransportTypes().Length);
        using var provider = kit.Build();
        Assert.Same(mine, provider.GetRequiredService<SimulatedPadTransport>());
    }

    [Fact]
    public async Task A_pad_listed_by_two_registrations_is_still_the_only_pad_present()
    {
        // The same kind of transport registered twice by hand, both listing the pad: the host counts one pad, so BindOnlyPad binds it.
        var first = new SimulatedPadTransport();
        var second = new SimulatedPadTransport();
        var pad = first.Add("pad-1", Vid, Pid4);
        second.Add("pad-1", Vid, Pid4);
        await using var provider = PadServices.With(p =>
            {
                p.UseSimulated(first).Services.AddSingleton<IPadTransport>(second);
                p.Configure(o => o.ScanInterval = TimeSpan.FromMilliseconds(50)).BindOnlyPad("QUAY-01");
            })
            .Build();
        var hosted = provider.GetServices<IHostedService>().ToArray();
        foreach (var service in hosted)
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            var host = provider.GetRequiredService<RatingPadHost>();
            await PadHostFixture.WaitUntilAsync(() => host.ConnectedPads.Count > 0);
            Assert.Equal("QUAY-01", Assert.Single(host.ConnectedPads).Value);
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

    [Fact]
    public void A_transport_this_OS_lacks_fails_the_validation_at_start_saying_so()
    {
        using var provider = PadServices.With(p => (OperatingSystem.IsWindows() ? p.UseHidraw() : p.UseWindowsHid()).BindOnlyPad("QUAY-01")).Build();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(OperatingSystem.IsWindows() ? "UseHidraw(): this transport runs on Linux only" : "UseWindowsHid(): this transport runs on Windows only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transport_options_are_validated_at_start()
    {
        using var provider = PadServices.With(p => p.UseSerial(s => s.BaudRate = 0).UseEvdev(_ => { }).BindOnlyPad("QUAY-01")).Build();

        var error = Assert.Throws<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var messages = string.Join('\n', error.InnerExceptions.Select(e => e.Message));
        Assert.Contains("UseSerial(): at least one serial port is required", messages, StringComparison.Ordinal);
        Assert.Contains("UseSerial(): the baud rate must be more than zero", messages, StringComparison.Ordinal);
        Assert.Contains("UseEvdev(): name the pads' input devices", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_overload_still_configures_the_host_and_adds_up_with_the_builder()
    {
        using var provider = PadServices.With(p => p.UseSimulated().BindSerialNumber("QUAY-01", "A1"))
            .AddRatingPads((RatingPadOptions o) => o.BindPath("QUAY-02", "pad-2"))
            .Build();

        var options = provider.GetRequiredService<IOptions<RatingPadOptions>>().Value;
        Assert.Equal(["QUAY-01", "QUAY-02"], options.Bindings.Select(b => b.CounterId));
    }
}
