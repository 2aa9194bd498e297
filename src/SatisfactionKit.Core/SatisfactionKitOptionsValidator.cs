using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit;

/// <summary>
/// Checks <see cref="SatisfactionKitOptions"/> when the host starts, and that the stores the library
/// needs are registered, naming every option or service that is wrong or missing.
/// </summary>
internal sealed class SatisfactionKitOptionsValidator(IServiceProviderIsService services) : IValidateOptions<SatisfactionKitOptions>
{
    public ValidateOptionsResult Validate(string? name, SatisfactionKitOptions options)
    {
        var problems = new List<string>();
        void Problem(string option, string vietnamese, string english) =>
            problems.Add($"{nameof(SatisfactionKitOptions)}.{option}: {vietnamese} / {english}");

        if (options.DefaultScheme is null)
        {
            Problem(nameof(options.DefaultScheme), "chưa chọn bộ tiêu chí mặc định.", "no default scheme is set.");
        }
        else if (!RatingSchemeValidator.Instance.Validate(options.DefaultScheme).IsValid)
        {
            Problem(nameof(options.DefaultScheme), $"bộ tiêu chí '{options.DefaultScheme.Code}' không hợp lệ.", $"scheme '{options.DefaultScheme.Code}' is invalid.");
        }

        for (var i = 0; i < options.Schemes.Count; i++)
        {
            var scheme = options.Schemes[i];
            var result = scheme is null ? null : RatingSchemeValidator.Instance.Validate(scheme);
            if (result is null || !result.IsValid)
            {
                Problem($"{nameof(options.Schemes)}[{i}]", $"bộ tiêu chí không hợp lệ: {string.Join("; ", result?.Errors.Select(e => e.ErrorMessage) ?? ["null"])}", $"the scheme is invalid: {string.Join("; ", result?.Errors.Select(e => e.ErrorMessage) ?? ["null"])}");
            }
        }

        var duplicate = options.Schemes.Where(s => s is not null).GroupBy(s => (s.Code, s.Version)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Problem(nameof(options.Schemes), $"bộ tiêu chí '{duplicate.Key.Code}' phiên bản {duplicate.Key.Version} được khai báo nhiều lần.", $"scheme '{duplicate.Key.Code}' version {duplicate.Key.Version} is declared more than once.");
        }

        if (options.PromptTimeout <= TimeSpan.Zero || options.PromptTimeout > TimeSpan.FromHours(1))
        {
            Problem(nameof(options.PromptTimeout), $"phải lớn hơn 0 và không quá 1 giờ (đang là {options.PromptTimeout}).", $"must be above zero and at most one hour (it is {options.PromptTimeout}).");
        }

        if (options.FollowUpTimeout <= TimeSpan.Zero || options.FollowUpTimeout > TimeSpan.FromHours(1))
        {
            Problem(nameof(options.FollowUpTimeout), $"phải lớn hơn 0 và không quá 1 giờ (đang là {options.FollowUpTimeout}).", $"must be above zero and at most one hour (it is {options.FollowUpTimeout}).");
        }

        if (options.MinimumResponseInterval < TimeSpan.Zero || options.MinimumResponseInterval >= options.PromptTimeout)
        {
            Problem(nameof(options.MinimumResponseInterval), $"phải từ 0 đến dưới {nameof(options.PromptTimeout)} (đang là {options.MinimumResponseInterval}).", $"must be from zero to below {nameof(options.PromptTimeout)} (it is {options.MinimumResponseInterval}).");
        }

        if (options.MaxCommentLength is < 1 or > 10_000)
        {
            Problem(nameof(options.MaxCommentLength), $"phải từ 1 đến 10.000 (đang là {options.MaxCommentLength}).", $"must be from 1 to 10,000 (it is {options.MaxCommentLength}).");
        }

        if (options.ClockSkewTolerance < TimeSpan.Zero)
        {
            Problem(nameof(options.ClockSkewTolerance), "không được âm.", "must not be negative.");
        }

        if (string.IsNullOrWhiteSpace(options.DossierCodePattern))
        {
            Problem(nameof(options.DossierCodePattern), "chưa khai báo.", "is missing.");
        }
        else
        {
            try
            {
                _ = new Regex(options.DossierCodePattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException ex)
            {
                Problem(nameof(options.DossierCodePattern), $"không phải biểu thức chính quy hợp lệ ({ex.Message}).", $"is not a valid regular expression ({ex.Message}).");
            }
        }

        if (!services.IsService(typeof(IRatingStore)))
        {
            problems.Add("IRatingStore: chưa đăng ký nơi lưu đánh giá; gọi .AddEntityFrameworkStores<TContext>() hoặc đăng ký IRatingStore. / no rating store is registered; call .AddEntityFrameworkStores<TContext>() or register an IRatingStore.");
        }

        if (!services.IsService(typeof(IPromptStore)))
        {
            problems.Add("IPromptStore: chưa đăng ký nơi lưu lượt mời đánh giá; gọi .AddEntityFrameworkStores<TContext>() hoặc đăng ký IPromptStore. / no prompt store is registered; call .AddEntityFrameworkStores<TContext>() or register an IPromptStore.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
