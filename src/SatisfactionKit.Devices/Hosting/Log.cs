using Microsoft.Extensions.Logging;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Hosting;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Ignoring device {DeviceId} ({VendorId:X4}:{ProductId:X4}, serial {SerialNumber}): {Reason}")]
    public static partial void DeviceIgnored(ILogger logger, string deviceId, int vendorId, int productId, string? serialNumber, string reason);

    [LoggerMessage(2, LogLevel.Information, "Pad {DeviceId} connected with profile {Profile} for counter {CounterId}")]
    public static partial void PadConnected(ILogger logger, string deviceId, string profile, string counterId);

    [LoggerMessage(3, LogLevel.Warning, "Pad {DeviceId} of counter {CounterId} disconnected; waiting for it to come back")]
    public static partial void PadDisconnected(ILogger logger, string deviceId, string counterId);

    [LoggerMessage(4, LogLevel.Warning, "Pad {DeviceId} sent an input that is not a press ({Outcome}, {Length} bytes)")]
    public static partial void InputRejected(ILogger logger, string deviceId, DecodeOutcome outcome, int length);

    [LoggerMessage(5, LogLevel.Information, "Pad {DeviceId} pressed {LevelCode} at counter {CounterId}: {Disposition}")]
    public static partial void Pressed(ILogger logger, string deviceId, string? levelCode, string counterId, string disposition);

    [LoggerMessage(6, LogLevel.Error, "Pad {DeviceId} failed")]
    public static partial void PadFailed(ILogger logger, Exception exception, string deviceId);

    [LoggerMessage(7, LogLevel.Error, "Transport {Transport} could not list pads")]
    public static partial void EnumerationFailed(ILogger logger, Exception exception, string transport);

    [LoggerMessage(8, LogLevel.Warning, "Could not drive the outputs of pad {DeviceId}")]
    public static partial void OutputFailed(ILogger logger, Exception exception, string deviceId);

    [LoggerMessage(9, LogLevel.Warning, "Pad {DeviceId} of counter {CounterId}, last {Seconds:0.#} s: {DroppedStrays} stray presses dropped, {Rejected} inputs rejected ({UnloggedRejected} not logged one by one), {Ignored} lines ignored")]
    public static partial void FloodSummary(ILogger logger, string deviceId, string counterId, double seconds, int droppedStrays, int rejected, int unloggedRejected, int ignored);

    [LoggerMessage(10, LogLevel.Error, "Pad profiles: {Problem}")]
    public static partial void ProfilesUnreadable(ILogger logger, string problem);
}
