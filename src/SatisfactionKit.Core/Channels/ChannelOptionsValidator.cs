using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Channels;

/// <summary>
/// Checks <see cref="ChannelOptions"/> and the stores the channels need when the host starts (the survey
/// campaign store is checked by <c>Surveys.SurveyStoreValidator</c>, so that this namespace does not depend on that one).
/// </summary>
internal sealed class ChannelOptionsValidator(IServiceProviderIsService services) : IValidateOptions<ChannelOptions>
{
    /// <summary>The shortest key accepted: HMAC-SHA256 gains nothing from more, and loses strength with less.</summary>
    internal const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, ChannelOptions options)
    {
        var problems = new List<string>();
        void Problem(string option, string vietnamese, string english) =>
            problems.Add($"{nameof(ChannelOptions)}.{option}: {vietnamese} / {english}");

        if (TryDecodeKey(options.SigningKey) is not { Length: >= MinimumKeyBytes })
        {
            Problem(nameof(options.SigningKey), $"phải là chuỗi base64 của ít nhất {MinimumKeyBytes} byte.", $"must be base64 of at least {MinimumKeyBytes} bytes.");
        }

        if (options.CodeValidity <= TimeSpan.Zero)
        {
            Problem(nameof(options.CodeValidity), "phải lớn hơn 0.", "must be above zero.");
        }

        if (options.MaxWrongCodesPerDossier < 1)
        {
            Problem(nameof(options.MaxWrongCodesPerDossier), "phải từ 1 trở lên.", "must be at least 1.");
        }

        if (options.LockoutDuration <= TimeSpan.Zero)
        {
            Problem(nameof(options.LockoutDuration), "phải lớn hơn 0.", "must be above zero.");
        }

        if (options.MaxWrongCodesPerClient < 1)
        {
            Problem(nameof(options.MaxWrongCodesPerClient), "phải từ 1 trở lên.", "must be at least 1.");
        }

        if (options.ClientAttemptWindow <= TimeSpan.Zero)
        {
            Problem(nameof(options.ClientAttemptWindow), "phải lớn hơn 0.", "must be above zero.");
        }

        if (options.LinkValidity <= TimeSpan.Zero)
        {
            Problem(nameof(options.LinkValidity), "phải lớn hơn 0.", "must be above zero.");
        }

        if (string.IsNullOrWhiteSpace(options.SmsKeyword) || options.SmsKeyword.Any(char.IsWhiteSpace))
        {
            Problem(nameof(options.SmsKeyword), "phải là một từ, không có khoảng trắng.", "must be one word, without spaces.");
        }

        if (!services.IsService(typeof(IVerificationCodeStore)))
        {
            problems.Add("IVerificationCodeStore: chưa đăng ký nơi lưu mã xác thực. / no verification code store is registered.");
        }

        if (!services.IsService(typeof(Ratings.IRatingBatchStore)))
        {
            problems.Add("IRatingBatchStore: chưa đăng ký nơi lưu đánh giá theo lô (nhập phiếu giấy). / no rating batch store (paper import) is registered.");
        }

        if (!services.IsService(typeof(IDossierStatusSource)))
        {
            problems.Add("IDossierStatusSource: chưa đăng ký nguồn trạng thái hồ sơ (phần mềm một cửa). / no dossier status source (the one-stop software) is registered.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static byte[]? TryDecodeKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) ? buffer[..written] : null;
    }
}
