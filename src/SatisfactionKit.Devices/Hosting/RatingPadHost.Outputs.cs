using Microsoft.Extensions.Logging;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Devices.Hosting;

// The pad's outputs (LEDs, display) follow the prompt state of its counter.
internal sealed partial class RatingPadHost
{
    private async ValueTask DriveOutputAsync(ActivePad pad, PromptState state, CancellationToken cancellationToken)
    {
        var outputs = pad.Profile.Outputs;
        var template = state switch
        {
            PromptState.AwaitingAnswer or PromptState.AwaitingFollowUp => outputs.Awaiting,
            PromptState.Rated => outputs.ThankYou,
            PromptState.Refused => outputs.Error,
            _ => outputs.Idle,
        };
        if (template is null || !OutputTemplate.TryParse(template, out var report))
        {
            return;
        }

        try
        {
            await pad.Connection.WriteAsync(report, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed LED write must not lose the rating; the reader notices a real disconnection.
            Log.OutputFailed(_logger, ex, pad.Device.DeviceId);
        }
    }
}
