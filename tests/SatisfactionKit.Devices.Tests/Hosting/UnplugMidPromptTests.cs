using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Devices.Tests.Hosting;

/// <summary>
/// A pad unplugged while its counter's prompt is open and plugged in again: the prompt ends
/// cleanly, rated after the reconnection or expired, and nothing is recorded twice. Through the
/// pad host and Core with the simulated transport (an emulated libusb pad cannot be re-plugged
/// with a different replay: umockdev restarts a device's replay on every open).
/// </summary>
public sealed class UnplugMidPromptTests
{
    private const int Vid = BuiltInPadProfiles.GenericVendorId;
    private const int Pid4 = BuiltInPadProfiles.Generic4ButtonProductId;

    [Fact]
    public async Task A_pad_replugged_while_the_prompt_is_open_rates_it_once_and_shows_it_again()
    {
        await using var fixture = new PadHostFixture(o => o.BindOnlyPad("QUAY-01"));
        var pad = fixture.Transport.Add("pad-1", Vid, Pid4);
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen);
        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-01", PadHostFixture.Dossier("QUAY-01")), TestContext.Current.CancellationToken);
        await PadHostFixture.WaitUntilAsync(() => pad.Outputs.Any(o => o.SequenceEqual(new byte[] { 2, 0x0F })));

        pad.Unplug();
        await PadHostFixture.WaitUntilAsync(() => fixture.ConnectedPads.Count == 0);
        Assert.False(pad.Send(1, 0b0001), "A press while unplugged reaches nobody.");
        Assert.Equal(PromptState.AwaitingAnswer, fixture.Coordinator.GetStatus("QUAY-01")?.State);

        pad.Outputs.Clear();
        pad.Plug();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen && fixture.ConnectedPads.Count == 1, TimeSpan.FromSeconds(1));

        // The re-opened pad is told the prompt still awaits a rating.
        await PadHostFixture.WaitUntilAsync(() => pad.Outputs.Any(o => o.SequenceEqual(new byte[] { 2, 0x0F })));
        pad.Send(1, 0b0100);
        await PadHostFixture.WaitUntilAsync(() => fixture.Coordinator.GetStatus("QUAY-01") is { IsOpen: false });
        pad.Send(1, 0);
        pad.Send(1, 0b0100);
        pad.Send(1, 0);
        await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.StrayPresses.IsEmpty);

        Assert.Equal("KHL", Assert.Single(fixture.Stores.Ratings).Level());
        var prompt = Assert.Single(fixture.Stores.Prompts);
        Assert.Equal(PromptState.Rated, prompt.Outcome);
        Assert.Equal(fixture.Stores.Ratings.Single().Id, prompt.RatingId);
    }

    [Fact]
    public async Task A_pad_that_stays_away_past_the_prompt_timeout_leaves_the_prompt_expired_and_a_later_press_rates_nothing()
    {
        await using var fixture = new PadHostFixture(o => o.BindOnlyPad("QUAY-01"), core: o => o.PromptTimeout = TimeSpan.FromMilliseconds(300));
        var pad = fixture.Transport.Add("pad-1", Vid, Pid4);
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen);
        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-01", PadHostFixture.Dossier("QUAY-01")), TestContext.Current.CancellationToken);

        pad.Unplug();
        await PadHostFixture.WaitUntilAsync(() => fixture.Stores.Prompts.Any(p => p.Outcome == PromptState.Expired));
        pad.Plug();
        await PadHostFixture.WaitUntilAsync(() => pad.IsOpen && fixture.ConnectedPads.Count == 1, TimeSpan.FromSeconds(1));

        // The pad is back idle, and its press finds no prompt to rate.
        await PadHostFixture.WaitUntilAsync(() => pad.Outputs.LastOrDefault() is [2, 0]);
        pad.Send(1, 0b0001);
        await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.StrayPresses.IsEmpty);

        Assert.Empty(fixture.Stores.Ratings);
        Assert.Equal(PromptState.Expired, Assert.Single(fixture.Stores.Prompts).Outcome);
    }
}
