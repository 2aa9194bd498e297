using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit;
using SatisfactionKit.Channels;
using SatisfactionKit.Alerts;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.Enrollment;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.EntityFrameworkCore.Interceptors;
using SatisfactionKit.EntityFrameworkCore.Reports;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.EntityFrameworkCore.Stores;
using SatisfactionKit.Integrity;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

// The extension lives in the DI namespace, as Core's AddSatisfactionKit does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Stores SatisfactionKit's data through Entity Framework Core.</summary>
public static class SatisfactionKitEntityFrameworkCoreBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IRatingStore"/>, <see cref="IRatingBatchStore"/>, <see cref="IPromptStore"/>,
    /// <see cref="IRatingSchemeStore"/>, the channels' <see cref="IVerificationCodeStore"/> and <see cref="ISurveyCampaignStore"/>,
    /// the report queries <see cref="ISatisfactionReportQueries"/>, <see cref="IUnitReportQueries"/> and <see cref="SatisfactionReportBuilder"/>,
    /// the enrolled counter devices' <see cref="ICounterDeviceStore"/>, the rating invitations' <see cref="IRatingInvitationStore"/>, the alerts' <see cref="IAlertStore"/>,
    /// the unit catalogue's <see cref="IUnitStore"/> (also the <see cref="IUnitSource"/>, unless the vendor registered its own first),
    /// the hash chain's <see cref="IRatingChainVerifier"/> and <see cref="IRatingChainCheckpoints"/> over
    /// <typeparamref name="TContext"/>, and adds the append-only interceptor to that context's options.
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
        // One store object answers as the rating store and as the one-transaction prompt-and-rating store
        // (IPromptRatingStore), which Core's coordinator uses when the composition lets it (PromptRatingPath).
        services.TryAddSingleton<EntityFrameworkRatingStore<TContext>>();
        services.TryAddSingleton<IRatingStore>(sp => sp.GetRequiredService<EntityFrameworkRatingStore<TContext>>());
        services.TryAddSingleton<IPromptRatingStore>(sp => sp.GetRequiredService<EntityFrameworkRatingStore<TContext>>());
        services.TryAddSingleton<EntityFrameworkPromptStore<TContext>>();
        services.TryAddSingleton<IPromptStore>(sp => sp.GetRequiredService<EntityFrameworkPromptStore<TContext>>());
        services.TryAddSingleton<IRatingSchemeStore, EntityFrameworkRatingSchemeStore<TContext>>();
        services.TryAddSingleton<IVerificationCodeStore, EntityFrameworkVerificationCodeStore<TContext>>();
        services.TryAddSingleton<ISurveyCampaignStore, EntityFrameworkSurveyCampaignStore<TContext>>();
        services.TryAddSingleton<IRatingBatchStore, EntityFrameworkRatingBatchStore<TContext>>();
        services.TryAddSingleton<ICounterDeviceStore, EntityFrameworkCounterDeviceStore<TContext>>();
        services.TryAddSingleton<IRatingInvitationStore, EntityFrameworkRatingInvitationStore<TContext>>();
        services.TryAddSingleton<IAlertStore, EntityFrameworkAlertStore<TContext>>();
        // A provider package (UsePostgreSqlBulkImport) may have put its own chunk writer here already.
        services.TryAddSingleton<IRatingChunkWriter>(EntityFrameworkRatingChunkWriter.Instance);
        services.TryAddSingleton(IChainPageSource.Portable);
        // VerifyAllAsync's one pass over the tables, where a provider package offers one (UsePostgreSqlCopyVerification).
        services.TryAddSingleton(IChainScanSource.None);
        // The exact roll-ups: kept by every write path, read by the report queries once built (IRatingRollups.RebuildAsync).
        services.TryAddSingleton(sp => new RollupCalculator(sp.GetRequiredService<IOptions<ReportingOptions>>().Value.TimeZone));
        services.TryAddSingleton<IRatingRollups, EntityFrameworkRatingRollups<TContext>>();
        // The context the report queries read through: the report replica's (UseReportReplica) or TContext itself.
        services.TryAddScoped<ReportContextSource<TContext>>();
        services.TryAddSingleton<ISatisfactionReportQueries, EntityFrameworkSatisfactionReportQueries<TContext>>();
        services.TryAddSingleton<SatisfactionReportBuilder>();
        // The unit catalogue: SatisfactionKit's own tables, unless the vendor registered its own IUnitSource first.
        services.TryAddSingleton<EntityFrameworkUnitStore<TContext>>();
        services.TryAddSingleton<IUnitStore>(sp => sp.GetRequiredService<EntityFrameworkUnitStore<TContext>>());
        services.TryAddSingleton<IUnitSource>(sp => sp.GetRequiredService<EntityFrameworkUnitStore<TContext>>());
        services.TryAddSingleton<IUnitReportQueries, EntityFrameworkUnitReportQueries<TContext>>();
        services.AddOptions<ChainCheckpointOptions>();
        // How many chains VerifyAllAsync walks at once (one per processor unless configured).
        services.AddOptions<ChainVerificationOptions>();
        services.TryAddSingleton<ChainCheckpointKeys>();
        services.TryAddSingleton<IRatingChainVerifier, EntityFrameworkRatingChainVerifier<TContext>>();
        services.TryAddSingleton<IRatingChainCheckpoints, EntityFrameworkRatingChainCheckpoints<TContext>>();
        return builder;
    }

    /// <summary>
    /// Sets the key that <see cref="IRatingChainCheckpoints"/> signs chain checkpoints with and that
    /// <see cref="IRatingChainVerifier"/> checks them with.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <param name="configure">Sets <see cref="ChainCheckpointOptions.Key"/> (at least 32 bytes, kept out of the database) and its id.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static SatisfactionKitBuilder AddChainCheckpoints(this SatisfactionKitBuilder builder, Action<ChainCheckpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<ChainCheckpointOptions>()
            .Configure(configure)
            .Validate(o => o.Key is { Length: >= 32 } && !string.IsNullOrWhiteSpace(o.KeyId),
                "Khóa ký điểm kiểm tra chuỗi phải dài ít nhất 32 byte và có mã khóa. / The chain checkpoint key must be at least 32 bytes and have a key id.")
            .ValidateOnStart();
        return builder;
    }
}
