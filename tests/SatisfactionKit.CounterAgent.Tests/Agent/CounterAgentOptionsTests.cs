using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.CounterAgent.Agent;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.Tests.Agent;

/// <summary>The agent's settings are checked at start, naming the key, and the agent's coordinator belongs to the server.</summary>
public sealed class CounterAgentOptionsTests
{
    [Theory]
    [InlineData("http://one-stop.example.vn/", "HTTPS")]
    [InlineData("", "ServerUrl")]
    public void A_server_address_the_agent_must_not_use_is_refused_naming_the_key(string url, string named)
    {
        using var services = Agent(new Dictionary<string, string?> { ["ServerUrl"] = url });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CounterAgentOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_span_that_cannot_be_read_is_refused_naming_the_key()
    {
        using var services = Agent(new Dictionary<string, string?> { ["ReconnectDelay"] = "soon" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CounterAgentOptions>>().Value);

        Assert.Contains("CounterAgent:ReconnectDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_that_hold_are_read_and_prompts_are_not_opened_on_the_counter_PC()
    {
        using var services = Agent(new Dictionary<string, string?> { ["MaxReconnectDelay"] = "00:00:10" });

        var options = services.GetRequiredService<IOptions<CounterAgentOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxReconnectDelay);
        Assert.Equal(new Uri("http://127.0.0.1:5080/"), options.ServerUrl);

        var coordinator = services.GetRequiredService<IPromptCoordinator>();
        Assert.Null(coordinator.GetStatus("QUAY-01"));
        Assert.Throws<NotSupportedException>(() => coordinator.CancelAsync("QUAY-01", TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult());
    }

    private static ServiceProvider Agent(Dictionary<string, string?> overrides)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sk-agent-options-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["ServerUrl"] = "http://127.0.0.1:5080/",
            ["CredentialPath"] = Path.Combine(folder, "credential.json"),
            ["OutboxPath"] = Path.Combine(folder, "presses.db"),
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var section = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSatisfactionKit().AddCounterAgent(section);
        return services.BuildServiceProvider();
    }
}
