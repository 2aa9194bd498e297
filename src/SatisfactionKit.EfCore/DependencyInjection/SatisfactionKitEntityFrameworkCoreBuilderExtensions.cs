using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.EntityFrameworkCore.Interceptors;
using SatisfactionKit.EntityFrameworkCore.Reports;
using SatisfactionKit.EntityFrameworkCore.Stores;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

// The extension lives in the DI namespace, as Core's AddSatisfactionKit does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Stores SatisfactionKit's data through Entity Framework Core.</summary>
public static class SatisfactionKitEntityFrameworkCoreBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IRatingStore"/>, <see cref="IPromptStore"/>, <see cref="IRatingSchemeStore"/>,
    /// <see cref="IVerificationCodeStore"/>, <see cref="ISurveyCampaignStore"/>, <see cref="IRatingBatchStore"/>,
    /// <see cref="ISatisfactionReportQueries"/> and <see cref="SatisfactionReportBuilder"/>
    /// over <typeparamref name="TContext"/>, and adds the append-only interceptor to that context's options.
    /// </summary>
    /// <typeparam name="TContext">
    /// The vendor's context, registered with <c>AddDbContext&lt;TContext&gt;</c>, whose model calls
    /// <c>modelBuilder.UseSatisfactionKit()</c>; or <see cref="SatisfactionKit.EntityFrameworkCore.SatisfactionKitDbContext"/>.
    /// </typeparam>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// The stores are singletons, because Core's rating service and prompt coordinator are; each call
    /// opens its own service scope and resolves a fresh <typeparamref name="TContext"/> from it.
    /// </remarks>
    public static SatisfactionKitBuilder AddEntityFrameworkStores<TContext>(this SatisfactionKitBuilder builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Composes with the vendor's own AddDbContext call, before or after this one.
        services.ConfigureDbContext<TContext>(o => o.AddInterceptors(AppendOnlyRatingsInterceptor.Instance));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRatingStore, EntityFrameworkRatingStore<TContext>>();
        services.TryAddSingleton<IPromptStore, EntityFrameworkPromptStore<TContext>>();
        services.TryAddSingleton<IRatingSchemeStore, EntityFrameworkRatingSchemeStore<TContext>>();
        services.TryAddSingleton<IVerificationCodeStore, EntityFrameworkVerificationCodeStore<TContext>>();
        services.TryAddSingleton<ISurveyCampaignStore, EntityFrameworkSurveyCampaignStore<TContext>>();
        services.TryAddSingleton<IRatingBatchStore, EntityFrameworkRatingBatchStore<TContext>>();
        services.TryAddSingleton<ISatisfactionReportQueries, EntityFrameworkSatisfactionReportQueries<TContext>>();
        services.TryAddSingleton<SatisfactionReportBuilder>();
        return builder;
    }
}
