using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>
/// The transports <c>RatingPadsBuilder</c> registered, with the start checks that come with them (a
/// transport this OS lacks, libusb missing), so that a configuration's <c>Transports</c> list can
/// replace them rather than add to them, and their checks go with them.
/// </summary>
internal sealed class PadTransportRegistrations
{
    /// <summary>The service descriptors the builder added for transports.</summary>
    public List<ServiceDescriptor> Descriptors { get; } = [];

    /// <summary>Start checks per transport type; each returns null when all is well.</summary>
    public Dictionary<Type, Func<string?>> Checks { get; } = [];
}
