using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// The one path of a device's press, over the hub or HTTP: the device's own counter, the coordinator's validation and
/// storage, and the device-scoped idempotency key (a press sent again gets its first answer, nothing is recorded twice).
/// </summary>
internal static class DevicePresses
{
    /// <summary>The longest idempotency key taken.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>Whether <paramref name="key"/> is unusable as an idempotency key (empty, too long, control characters).</summary>
    public static bool IsInvalidKey(string? key) => key is not null && (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl));

    /// <summary>The scope of a device's keys: the enrolled device, or its unit and counter when it has no device id.</summary>
    public static string ScopeOf(CounterIdentity device) => device.DeviceId is { } id ? "device:" + id : $"counter:{device.UnitCode}/{device.CounterId}";

    public static async Task<PadPressAck> TakeAsync(IPromptCoordinator coordinator, IPressReceipts receipts, CounterIdentity device, PadPress press, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(device);
        if (press.IdempotencyKey is { } key && await receipts.BeginAsync(scope, key, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        try
        {
            var result = await coordinator.PressAsync(
                new CounterPress
                {
                    CounterId = device.CounterId,
                    UnitCode = device.UnitCode,
                    LevelCode = press.LevelCode,
                    CriterionCodes = press.CriterionCodes ?? [],
                    ReasonCodes = press.ReasonCodes ?? [],
                    DeviceId = device.DeviceId,
                    Channel = press.Channel ?? RatingChannel.CounterPad,
                },
                cancellationToken).ConfigureAwait(false);
            var ack = new PadPressAck(result.Disposition, result.StrayReason, result.Status);
            if (press.IdempotencyKey is { } done)
            {
                // Not cancellable: the press is recorded, so its answer must be kept for the retry.
                await receipts.CompleteAsync(scope, done, ack, CancellationToken.None).ConfigureAwait(false);
            }

            return ack;
        }
        catch when (press.IdempotencyKey is not null)
        {
            // Nothing was recorded (refused input, the owner node away): the device's retry must be taken.
            await receipts.AbandonAsync(scope, press.IdempotencyKey, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}
