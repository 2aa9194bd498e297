using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// The stores of a counter PC that runs the agent: there are none. Ratings, prompt records and stray presses are made
/// and stored by the server from the presses the agent delivers (the same validation and storage path as every other
/// channel), so a counter PC holds no database credentials. Registered so that the core's start-up check (a store
/// must be registered) holds; anything that calls it on a counter PC is a wiring mistake and is told so.
/// </summary>
internal sealed class ServerSideStores : IRatingStore, IPromptStore
{
    public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default) => throw Refused();

    public ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default) => throw Refused();

    public ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) => throw Refused();

    public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default) => throw Refused();

    public ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default) => throw Refused();

    public ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default) => throw Refused();

    private static NotSupportedException Refused() => new(
        "Máy tính tại quầy không lưu đánh giá: bộ tác tử chuyển các lần bấm về máy chủ, nơi lưu chúng. / A counter PC stores no ratings: the agent delivers presses to the server, which stores them.");
}
