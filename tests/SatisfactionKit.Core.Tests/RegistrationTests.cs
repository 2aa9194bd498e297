using SatisfactionKit.Testing;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SatisfactionKit.Diagnostics;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

public sealed class RegistrationTests
{
    private static HostApplicationBuilder Host(Action<SatisfactionKitOptions>? configure, bool withStores = true)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (withStores)
        {
            var stores = new RecordingStores();
            builder.Services.AddSingleton<IRatingStore>(stores);
            builder.Services.AddSingleton<IPromptStore>(stores);
        }

        builder.Services.AddSatisfactionKit(configure);
        return builder;
    }

    [Fact]
    public async Task Every_public_service_resolves_after_AddSatisfactionKit()
    {
        using var host = Host(null).Build();
        await host.StartAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(host.Services.GetRequiredService<IRatingService>());
        Assert.NotNull(host.Services.GetRequiredService<IPromptCoordinator>());
        Assert.NotNull(host.Services.GetRequiredService<IRatingSchemeProvider>());
        Assert.NotNull(host.Services.GetRequiredService<IValidator<RatingSubmission>>());
        Assert.NotNull(host.Services.GetRequiredService<SatisfactionKitMetrics>());
        Assert.Equal(TimeSpan.FromSeconds(30), host.Services.GetRequiredService<IOptions<SatisfactionKitOptions>>().Value.PromptTimeout);
        Assert.Same(RatingSchemes.Hanoi2014, host.Services.GetRequiredService<IOptions<SatisfactionKitOptions>>().Value.DefaultScheme);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Each_part_reads_its_view_of_the_options_and_sees_a_reload()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PromptTimeout"] = "00:00:45", ["MaxCommentLength"] = "200" })
            .Build();
        var builder = Host(o => o.DefaultScheme = RatingSchemes.FiveStar);
        builder.Services.Configure<SatisfactionKitOptions>(configuration);
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        var prompts = host.Services.GetRequiredService<IOptionsMonitor<PromptOptions>>();
        var ratings = host.Services.GetRequiredService<IOptionsMonitor<RatingOptions>>();
        var schemes = host.Services.GetRequiredService<IOptionsMonitor<RatingSchemeOptions>>();

        Assert.Equal(TimeSpan.FromSeconds(45), prompts.CurrentValue.PromptTimeout);
        Assert.Same(RatingSchemes.FiveStar, prompts.CurrentValue.DefaultScheme);
        Assert.Equal(200, ratings.CurrentValue.MaxCommentLength);
        Assert.Same(RatingSchemes.FiveStar, ratings.CurrentValue.DefaultScheme);
        Assert.Same(RatingSchemes.FiveStar, schemes.CurrentValue.DefaultScheme);

        configuration["PromptTimeout"] = "00:01:00";
        configuration["MaxCommentLength"] = "300";
        configuration.Reload();

        Assert.Equal(TimeSpan.FromMinutes(1), prompts.CurrentValue.PromptTimeout);
        Assert.Equal(300, ratings.CurrentValue.MaxCommentLength);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void The_default_scheme_is_chosen_in_configuration_by_its_code()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SatisfactionKit:DefaultScheme"] = "sipas_22" })
            .Build();
        var wrong = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SatisfactionKit:DefaultScheme"] = "SIPAS_23" })
            .Build();
        var builder = Host(configuration.GetSection("SatisfactionKit").Bind);
        using var host = builder.Build();

        Assert.Same(RatingSchemes.Sipas22, host.Services.GetRequiredService<IOptionsMonitor<RatingOptions>>().CurrentValue.DefaultScheme);
        var error = Assert.Throws<InvalidOperationException>(() => wrong.GetSection("SatisfactionKit").Get<SatisfactionKitOptions>());
        Assert.Contains("SatisfactionKit:DefaultScheme", error.Message, StringComparison.Ordinal);
        Assert.Contains("There is no built-in scheme 'SIPAS_23' (known: HANOI_2014, SIPAS_22", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_can_replace_a_service_by_registering_it_first()
    {
        var builder = Host(null);
        var mine = new MySchemes();
        builder.Services.AddSingleton<IRatingSchemeProvider>(mine);
        builder.Services.AddSatisfactionKit();
        using var host = builder.Build();

        Assert.IsType<MySchemes>(host.Services.GetRequiredService<IRatingSchemeProvider>());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task An_agency_scheme_in_options_is_found_by_the_provider()
    {
        var scheme = new RatingSchemeBuilder("QUAN_1")
            .AddLevel("KHL", 1, "Không hài lòng", "Dissatisfied", false)
            .AddLevel("HL", 2, "Hài lòng", "Satisfied", true)
            .AddCriterion("CHUNG", "Chung", "Overall")
            .Build();
        using var host = Host(o => o.Schemes.Add(scheme)).Build();

        var found = await host.Services.GetRequiredService<IRatingSchemeProvider>().FindAsync("QUAN_1", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Same(scheme, found);
    }

    public static TheoryData<string, Action<SatisfactionKitOptions>> InvalidOptions => new()
    {
        { "PromptTimeout", o => o.PromptTimeout = TimeSpan.Zero },
        { "FollowUpTimeout", o => o.FollowUpTimeout = TimeSpan.FromHours(2) },
        { "MinimumResponseInterval", o => o.MinimumResponseInterval = TimeSpan.FromMinutes(5) },
        { "MaxCommentLength", o => o.MaxCommentLength = 0 },
        { "DossierCodePattern", o => o.DossierCodePattern = "([unclosed" },
        { "DefaultScheme", o => o.DefaultScheme = null! },
        { "Schemes", o => { o.Schemes.Add(RatingSchemes.ThreeLevel); o.Schemes.Add(RatingSchemes.ThreeLevel); } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task An_invalid_option_stops_the_host_at_start_with_a_message_naming_it(string option, Action<SatisfactionKitOptions> configure)
    {
        using var host = Host(configure).Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains($"SatisfactionKitOptions.{option}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_stops_the_host_at_start_and_says_what_to_call()
    {
        using var host = Host(null, withStores: false).Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("IRatingStore", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IPromptStore", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddEntityFrameworkStores", ex.Message, StringComparison.Ordinal);
        Assert.Contains("chưa đăng ký", ex.Message, StringComparison.Ordinal);
    }

    private sealed class MySchemes : IRatingSchemeProvider
    {
        public ValueTask<RatingScheme?> FindAsync(string code, int? version = null, CancellationToken cancellationToken = default) => ValueTask.FromResult<RatingScheme?>(null);

        public ValueTask<IReadOnlyList<RatingScheme>> ListAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<IReadOnlyList<RatingScheme>>([]);
    }
}
