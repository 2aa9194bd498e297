using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The counter API: the officer returns a result (which opens the prompt), watches its state, and
/// the simulated pad presses. This is the recommended way for a vendor to call SatisfactionKit.
/// </summary>
public static class CounterEndpoints
{
    public static IEndpointRouteBuilder MapCounterApi(this IEndpointRouteBuilder app)
    {
        var counters = app.MapGroup("/api/counters").WithTags("Counters");

        counters.MapGet("/", async (OneStopDbContext db, CancellationToken ct) =>
            await db.Counters.OrderBy(c => c.Id).ToListAsync(ct));

        counters.MapPost("/{counterId}/return", ReturnResultAsync)
            .WithSummary("The officer returns a dossier's result at the counter; the counter's pad asks for a rating.");

        counters.MapDelete("/{counterId}/prompt", async (string counterId, IPromptCoordinator coordinator, CancellationToken ct) =>
            await coordinator.CancelAsync(counterId, ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Cancels the counter's open prompt.");

        counters.MapGet("/{counterId}/status", (string counterId, IPromptCoordinator coordinator) =>
            coordinator.GetStatus(counterId) is { } status ? Results.Ok(status) : Results.NotFound())
            .WithSummary("The counter's current or last prompt. It never says which level was chosen.");

        counters.MapGet("/{counterId}/events", (string counterId, IPromptCoordinator coordinator, CancellationToken ct) =>
            TypedResults.ServerSentEvents(Watch(coordinator, counterId, ct), eventType: "prompt"))
            .WithSummary("Server-sent events of the counter's prompt state.");

        counters.MapGet("/{counterId}/pad", (IOptions<SatisfactionKitOptions> options) =>
        {
            var s = options.Value.DefaultScheme;
            return new PadLayout(
                s.Code,
                [.. s.Levels.OrderByDescending(l => l.Value).Select(l => new PadButton(l.Code, l.Label.Vi, l.Label.En, l.IsSatisfied))],
                [.. s.Criteria.Select(c => new PadButton(c.Code, c.Label.Vi, c.Label.En))],
                [.. s.FollowUp.Reasons.Select(r => new PadButton(r.Code, r.Label.Vi, r.Label.En))]);
        }).WithSummary("The buttons the counter's pad offers.");

        counters.MapPost("/{counterId}/presses", async (string counterId, PadPressRequest press, IPromptCoordinator coordinator, CancellationToken ct) =>
        {
            var result = await coordinator.PressAsync(
                new CounterPress
                {
                    CounterId = counterId,
                    LevelCode = press.LevelCode,
                    CriterionCodes = press.CriterionCodes ?? [],
                    ReasonCodes = press.ReasonCodes ?? [],
                    DeviceId = "SIMULATED-PAD",
                },
                ct);
            return Results.Ok(new { result.Disposition, result.StrayReason, result.Status });
        }).WithSummary("A press on the simulated pad.");

        return app;
    }

    private static async Task<IResult> ReturnResultAsync(
        string counterId,
        ReturnResultRequest request,
        OneStopDbContext db,
        IPromptCoordinator coordinator,
        TimeProvider time,
        CancellationToken ct)
    {
        var counter = await db.Counters.FindAsync([counterId], ct);
        var dossier = await db.Dossiers.FindAsync([request.DossierCode], ct);
        if (counter is null || dossier is null)
        {
            return Results.Problem(
                title: "Không tìm thấy quầy hoặc hồ sơ / Counter or dossier not found",
                detail: $"counter '{counterId}', dossier '{request.DossierCode}'",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (dossier.State is not (DossierState.ResultReady or DossierState.Returned))
        {
            return Results.Problem(
                title: "Hồ sơ chưa có kết quả / The dossier has no result yet",
                detail: $"'{dossier.Code}' is {dossier.State}",
                statusCode: StatusCodes.Status409Conflict);
        }

        // The vendor's own bookkeeping first: the result is handed back.
        dossier.State = DossierState.Returned;
        dossier.ResultReturnedAt ??= time.GetUtcNow();
        dossier.ReturnedByOfficerId = counter.OfficerId;
        dossier.ReturnedAtCounterId = counter.Id;
        await db.SaveChangesAsync(ct);

        // Then the one SatisfactionKit call: ask the citizen at this counter.
        var status = await coordinator.OpenAsync(
            new PromptRequest(
                counter.Id,
                new DossierReference(dossier.Code, dossier.ProcedureCode, dossier.UnitCode, counter.OfficerId, counter.Id),
                dossier.ResultReturnedAt),
            ct);
        return Results.Ok(status);
    }

    private static async IAsyncEnumerable<PromptStatus> Watch(IPromptCoordinator coordinator, string counterId, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<PromptStatus>();
        using var subscription = coordinator.Subscribe(new ChannelListener(counterId, channel.Writer));
        if (coordinator.GetStatus(counterId) is { } current)
        {
            yield return current;
        }

        await foreach (var status in channel.Reader.ReadAllAsync(ct))
        {
            yield return status;
        }
    }

    private sealed class ChannelListener(string counterId, ChannelWriter<PromptStatus> writer) : IPromptListener
    {
        public ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken)
        {
            if (status.CounterId == counterId)
            {
                writer.TryWrite(status);
            }

            return ValueTask.CompletedTask;
        }
    }
}
