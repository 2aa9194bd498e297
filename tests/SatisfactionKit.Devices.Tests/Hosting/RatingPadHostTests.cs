using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Devices.Tests.Hosting;

public sealed class RatingPadHostTests
{
    private const int Vid = BuiltInPadProfiles.GenericVendorId;
    private const int Pid4 = BuiltInPadProfiles.Generic4ButtonProductId;

    [Fact]
    public async Task Two_pads_bound_by_serial_each_rate_their_own_counters_prompt_and_show_the_prompt_state()
    {
        await using var fixture = new PadHostFixture(o => o.BindSerialNumber("QUAY-01", "A1").BindSerialNumber("QUAY-02", "B2"));
        var pad1 = fixture.Transport.Add("pad-1", Vid, Pid4, "A1");
        var pad2 = fixture.Transport.Add("pad-2", Vid, Pid4, "B2");
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => fixture.ConnectedPads.Count == 2);
        Assert.Equal("QUAY-01", fixture.ConnectedPads["simulated:pad-1"]);
        Assert.Equal([0x02, 0x00], Assert.Single(pad1.Outputs));

        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-01", PadHostFixture.Dossier("QUAY-01", "000.00.17.H29-261102-0001")), TestContext.Current.CancellationToken);
        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-02", PadHostFixture.Dossier("QUAY-02", "000.00.17.H29-261102-0002")), TestContext.Current.CancellationToken);
        Assert.Equal([0x02, 0x0F], pad1.Outputs.Last());

        Assert.True(pad2.Send(1, 0b0100));
        Assert.True(pad1.Send(1, 0b0001));
        await PadHostFixture.WaitUntilAsync(() => fixture.Stores.Ratings.Count == 2);

        var byCounter = fixture.Stores.Ratings.ToDictionary(r => r.Dossier!.CounterId!, r => r);
        Assert.Equal("RHL", byCounter["QUAY-01"].Level());
        Assert.Equal("KHL", byCounter["QUAY-02"].Level());
        Assert.Equal("simulated:pad-2", byCounter["QUAY-02"].DeviceId);
        await PadHostFixture.WaitUntilAsync(() => pad1.Outputs.Last() is [0x02, 0x80]);
    }

    [Fact]
    public async Task An_unplugged_pad_is_back_within_a_second_of_reappearing_and_rates_again()
    {
        await using var fixture = new PadHostFixture(o => o.BindOnlyPad("QUAY-01"));
        var pad = fixture.Transport.Add("pad-1", Vid, Pid4);
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen);

        pad.Unplug();
        await PadHostFixture.WaitUntilAsync(() => fixture.ConnectedPads.Count == 0);
        pad.Plug();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen && fixture.ConnectedPads.Count == 1, TimeSpan.FromSeconds(1));

        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-01", PadHostFixture.Dossier("QUAY-01")), TestContext.Current.CancellationToken);
        pad.Send(1, 0b1000);
        await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.Ratings.IsEmpty);
        Assert.Equal("RKHL", Assert.Single(fixture.Stores.Ratings).Level());
    }

    [Fact]
    public async Task Malformed_reports_and_unknown_devices_never_become_ratings()
    {
        await using var fixture = new PadHostFixture(o => o.BindSerialNumber("QUAY-01", "A1"));
        var pad = fixture.Transport.Add("pad-1", Vid, Pid4, "A1");
        var stranger = fixture.Transport.Add("pad-9", 0xDEAD, 0xBEEF, "A1");
        var unbound = fixture.Transport.Add("pad-3", Vid, Pid4, "ZZ");
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen);
        Assert.False(stranger.IsOpen);
        Assert.False(unbound.IsOpen);

        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-01", PadHostFixture.Dossier("QUAY-01")), TestContext.Current.CancellationToken);
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var report = new byte[random.Next(0, 6)];
            random.NextBytes(report);
            if (report.Length == 2)
            {
                report[0] = 9;
            }

            pad.Send(report);
        }

        pad.Send(1, 0b0010);
        await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.Ratings.IsEmpty);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Equal("HL", Assert.Single(fixture.Stores.Ratings).Level());
    }

    [Fact]
    public async Task A_pad_of_a_new_layout_works_from_a_json_profile_file_alone()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "three-level-pad.json");
        await using var fixture = new PadHostFixture(o => { o.ProfileFiles.Add(file); o.BindOnlyPad("QUAY-07"); }, scheme: Schemes.RatingSchemes.ThreeLevel);
        var pad = fixture.Transport.Add("pad-7", 0x16C0, 1161);
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen);
        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-07", PadHostFixture.Dossier("QUAY-07")), TestContext.Current.CancellationToken);
        Assert.Equal([0x06, 0x07], pad.Outputs.Last());
        pad.Send(5, 0, 0, 1);
        await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.Ratings.IsEmpty);
        Assert.Equal("RHL", Assert.Single(fixture.Stores.Ratings).Level());
        await PadHostFixture.WaitUntilAsync(() => pad.Outputs.Last() is [0x06, 0x10]);
    }

    [Fact]
    public void Options_without_a_binding_fail_when_the_host_is_built()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new PadHostFixture(_ => { }));
        Assert.Contains("counter binding", error.Message, StringComparison.Ordinal);
    }
}

internal static class RatingLevels
{
    public static string Level(this SatisfactionKit.Ratings.Rating rating) => rating.Answers.Select(a => a.LevelCode).Distinct().Single();
}
