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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
