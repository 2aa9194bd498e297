using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Core.Tests;

internal static class ServiceProviderExtensions
{
    public static SatisfactionKitOptions GetOptions(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<SatisfactionKitOptions>>().Value;
}
