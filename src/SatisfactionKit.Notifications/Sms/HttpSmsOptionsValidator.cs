using Microsoft.Extensions.Options;

namespace SatisfactionKit.Notifications.Sms;

/// <summary>Checks <see cref="HttpSmsOptions"/> when the host starts.</summary>
internal sealed class HttpSmsOptionsValidator : IValidateOptions<HttpSmsOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpSmsOptions options)
    {
        var problems = new List<string>();
        void Problem(string option, string vietnamese, string english) =>
            problems.Add($"{nameof(HttpSmsOptions)}.{option}: {vietnamese} / {english}");

        // The key travels in a header: plain http would show it to the network, except on this machine.
        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint ||
            !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
        {
            Problem(nameof(options.Endpoint), "phải là địa chỉ https tuyệt đối (http chỉ với máy này).", "must be an absolute https address (http only on loopback).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            Problem(nameof(options.ApiKey), "chưa có khóa.", "the key is missing.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            Problem(nameof(options.Timeout), "phải lớn hơn 0 và không quá 10 phút.", "must be above zero and at most 10 minutes.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
