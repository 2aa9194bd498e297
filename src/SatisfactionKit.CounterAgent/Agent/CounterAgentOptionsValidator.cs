using Microsoft.Extensions.Options;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>Checks <see cref="CounterAgentOptions"/> at start, in Vietnamese and English, naming the option.</summary>
internal sealed class CounterAgentOptionsValidator : IValidateOptions<CounterAgentOptions>
{
    public ValidateOptionsResult Validate(string? name, CounterAgentOptions options)
    {
        var errors = new List<string>();
        if (options.ServerUrl is not { IsAbsoluteUri: true } url || url.Scheme is not ("https" or "http"))
        {
            errors.Add("CounterAgent:ServerUrl phải là địa chỉ http(s) tuyệt đối của máy chủ. / must be the server's absolute http(s) address.");
        }
        else if (url.Scheme == "http" && !url.IsLoopback)
        {
            errors.Add($"CounterAgent:ServerUrl {url} phải dùng HTTPS (thông tin xác thực của thiết bị đi qua mạng). / must use HTTPS (the device credential crosses the network).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiPath) || !options.ApiPath.StartsWith('/'))
        {
            errors.Add("CounterAgent:ApiPath phải bắt đầu bằng '/'. / must start with '/'.");
        }

        if (string.IsNullOrWhiteSpace(options.CredentialPath))
        {
            errors.Add("CounterAgent:CredentialPath là bắt buộc (tệp giữ thông tin xác thực của thiết bị). / is required (the file that keeps the device credential).");
        }

        if (string.IsNullOrWhiteSpace(options.OutboxPath))
        {
            errors.Add("CounterAgent:OutboxPath là bắt buộc (tệp SQLite giữ các lần bấm). / is required (the SQLite file that keeps presses).");
        }

        Positive(errors, nameof(options.ReconnectDelay), options.ReconnectDelay);
        Positive(errors, nameof(options.MaxReconnectDelay), options.MaxReconnectDelay);
        Positive(errors, nameof(options.AnswerWait), options.AnswerWait);
        Positive(errors, nameof(options.DeliveryTimeout), options.DeliveryTimeout);
        Positive(errors, nameof(options.PollInterval), options.PollInterval);
        if (options.MaxReconnectDelay < options.ReconnectDelay)
        {
            errors.Add("CounterAgent:MaxReconnectDelay phải ≥ ReconnectDelay. / must be ≥ ReconnectDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromHours(1))
        {
            errors.Add($"CounterAgent:{name} phải lớn hơn 0 và không quá 1 giờ. / must be greater than zero and at most one hour.");
        }
    }
}
