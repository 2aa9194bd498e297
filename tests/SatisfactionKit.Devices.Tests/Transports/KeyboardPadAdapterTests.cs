using SatisfactionKit.Devices.Tests.Hosting;
using SatisfactionKit.Devices.Transports.Keyboard;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Devices.Tests.Transports;

public sealed class KeyboardPadAdapterTests
{
    [Fact]
    public async Task Keys_fed_by_the_host_ui_become_ratings_through_the_keyboard_profile()
    {
        var adapter = new KeyboardPadAdapter();
        adapter.AddSource("counter-window-1");
        await using var fixture = new PadHostFixture(o => o.BindPath("QUAY-04", "counter-window-1", "keyboard-4"), adapter);
        await fixture.StartAsync();
        await PadHostFixture.WaitUntilAsync(() => fixture.ConnectedPads.Count == 1);
        await fixture.Coordinator.OpenAsync(new PromptRequest("QUAY-04", PadHostFixture.Dossier("QUAY-04")), TestContext.Current.CancellationToken);

        Assert.False(adapter.KeyDown("other-window", 2));
        Assert.False(adapter.KeyDown("counter-window-1", 0));
        Assert.True(adapter.KeyDown("counter-window-1", 30)); // 'A': not a pad key
        Assert.True(adapter.KeyDown("counter-window-1", 3));  // '2': HL

        await PadHostFixture.WaitUntilAsync(() => !fixture.Stores.Ratings.IsEmpty);
        Assert.Equal("HL", Assert.Single(fixture.Stores.Ratings).Level());
    }
}
