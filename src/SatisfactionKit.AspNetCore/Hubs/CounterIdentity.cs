namespace SatisfactionKit.Server.Hubs;

/// <summary>Who a counter device is: the unit and counter it serves, and the device itself when known.</summary>
/// <param name="UnitCode">The unit (agency) the counter belongs to.</param>
/// <param name="CounterId">The counter within <paramref name="UnitCode"/>; the prompt coordinator's counter is the pair.</param>
/// <param name="DeviceId">The device (an enrolled agent or tablet), for tracing; <see langword="null"/> when unknown.</param>
public sealed record CounterIdentity(string UnitCode, string CounterId, string? DeviceId = null);
