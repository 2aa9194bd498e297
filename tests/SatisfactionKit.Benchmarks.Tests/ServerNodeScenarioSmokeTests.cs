using SatisfactionKit.Benchmarks.Scenarios;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Benchmarks.Tests;

/// <summary>P6 and P7 at a tiny size: real server node processes, real hub connections, figures that make sense.</summary>
public sealed class ServerNodeScenarioSmokeTests
{
    [Fact]
    public async Task A_prompt_reaches_an_agent_on_the_other_node_and_on_the_same_node()
    {
        var result = await PromptHopScenario.RunAsync(prompts: 10, TestEnvironment.RedisConfiguration());

        foreach (var side in new[] { "other_node", "same_node" })
        {
            Assert.Equal(10, result[$"{side}.count"]);
            Assert.InRange(result[$"{side}.median.ms"], 0.001, result[$"{side}.max.ms"]);
        }

        Assert.Equal(result["other_node.p99.ms"] / result["same_node.p99.ms"], result["ratio.p99"], 6);
    }

    [Fact]
    public async Task Every_press_of_a_small_fleet_is_acknowledged_as_a_rating_and_stored_once()
    {
        // One press per counter: a counter pressed again within MinimumResponseInterval (3 s) would be a stray, rightly.
        var result = await AgentFleetScenario.RunAsync(agents: 40, rate: 20, seconds: 2, postgres: false);

        Assert.Equal(40, result["presses"]);
        Assert.Equal(40, result["rated"]);
        Assert.Equal(40, result["stored"]);
        Assert.Equal(40, result["press_ack.count"]);
        Assert.InRange(result["rss.peak_vmhwm.mb"], Math.Max(5, result["rss.idle.mb"]), 2048);
    }
}
