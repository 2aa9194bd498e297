using System.Net;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Server;

/// <summary>Refuses, at start, server options that cannot work.</summary>
internal sealed class SatisfactionKitServerOptionsValidator : IValidateOptions<SatisfactionKitServerOptions>
{
    public ValidateOptionsResult Validate(string? name, SatisfactionKitServerOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.HubPath) || !options.HubPath.StartsWith('/'))
        {
            failures.Add($"SatisfactionKit:Server:HubPath '{options.HubPath}' phải bắt đầu bằng '/' / must start with '/'.");
        }

        if (string.IsNullOrWhiteSpace(options.RatingPagePath))
        {
            failures.Add("SatisfactionKit:Server:RatingPagePath không được để trống / must not be empty.");
        }

        if (options.NodeCallTimeout <= TimeSpan.Zero || options.NodeCallTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"SatisfactionKit:Server:NodeCallTimeout {options.NodeCallTimeout} phải trong (0, 1 phút] / must be within (0, 1 minute].");
        }

        if (string.IsNullOrWhiteSpace(options.NodeId) || options.NodeId.Contains(':', StringComparison.Ordinal))
        {
            failures.Add($"SatisfactionKit:Server:NodeId '{options.NodeId}' không được trống hay chứa ':' / must not be empty or contain ':'.");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                failures.Add($"SatisfactionKit:Server:KnownProxies '{proxy}' không phải địa chỉ IP / is not an IP address.");
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                failures.Add($"SatisfactionKit:Server:KnownNetworks '{network}' không phải mạng CIDR (10.0.0.0/24) / is not a CIDR network (10.0.0.0/24).");
            }
        }

        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add($"SatisfactionKit:Server:ForwardLimit {options.ForwardLimit} phải từ 1 đến 10 / must be 1 to 10.");
        }

        if (options.CitizenPermitLimit < 1)
        {
            failures.Add($"SatisfactionKit:Server:CitizenPermitLimit {options.CitizenPermitLimit} phải lớn hơn 0 / must be positive.");
        }

        if (options.CitizenWindow <= TimeSpan.Zero || options.CitizenWindow > TimeSpan.FromDays(1))
        {
            failures.Add($"SatisfactionKit:Server:CitizenWindow {options.CitizenWindow} phải trong (0, 1 ngày] / must be within (0, 1 day].");
        }

        if (options.EnrollmentCodeLifetime <= TimeSpan.Zero || options.EnrollmentCodeLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"SatisfactionKit:Server:EnrollmentCodeLifetime {options.EnrollmentCodeLifetime} phải trong (0, 1 ngày] / must be within (0, 1 day].");
        }

        if (options.DeviceLastSeenInterval < TimeSpan.Zero || options.DeviceLastSeenInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"SatisfactionKit:Server:DeviceLastSeenInterval {options.DeviceLastSeenInterval} phải trong [0, 1 giờ] / must be within [0, 1 hour].");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
