using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Server.Problems;

/// <summary>
/// The request's language for the server's messages: the vendor's request localization when it runs
/// (<c>UseRequestLocalization</c>), otherwise <c>Accept-Language</c> — English when it prefers English,
/// Vietnamese by default. The filter sets the current culture for the endpoint, so that the core's
/// validation messages follow it too.
/// </summary>
internal static class RequestLanguage
{
    public static CultureInfo Of(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } feature)
        {
            return feature.RequestCulture.UICulture;
        }

        var languages = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return SatisfactionKitCultures.English;
            }

            if (tag.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
            {
                return SatisfactionKitCultures.Vietnamese;
            }
        }

        return SatisfactionKitCultures.Vietnamese;
    }

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var culture = Of(invocation.HttpContext);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return await next(invocation).ConfigureAwait(false);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
