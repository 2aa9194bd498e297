using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Answers "has this dossier been rated?" — asked by the validator before every rating — for all the
/// writers asking at the same moment with one query (<c>WHERE DossierCode IN (…)</c>) instead of one
/// query each (a <see cref="BatchingGate{T}"/>). A lone question is sent at once; questions arriving
/// while a query runs share the next. With a fast path (SQLite, in the process), each question is one
/// prepared query instead: no IN list to build.
/// </summary>
internal sealed class DossierRatingLookup<TContext> : IDisposable, IAsyncDisposable
    where TContext : DbContext
{
    /// <summary>The most dossier codes one query asks about.</summary>
    public const int MaxBatch = 512;

    // Compiled once per context type: a LINQ query run by the thousand otherwise pays EF Core's
    // parameter extraction and cache look-up (and a compiled closure) on every call.
    private static readonly PerModelQuery<Func<TContext, string, Task<bool>>> IsRated = new(() =>
        EF.CompileAsyncQuery((TContext context, string code) => context.Set<RatingEntity>().Any(r => r.DossierCode == code)));

    private static readonly PerModelQuery<Func<TContext, string, RatingChannel, Task<bool>>> IsRatedOnChannel = new(() =>
        EF.CompileAsyncQuery((TContext context, string code, RatingChannel channel) => context.Set<RatingEntity>().Any(r => r.DossierCode == code && r.Channel == channel)));

    private static readonly PerModelQuery<Func<TContext, string[], IAsyncEnumerable<RatedDossier>>> RatedAmong = new(() =>
        EF.CompileAsyncQuery((TContext context, string[] codes) => context.Set<RatingEntity>().AsNoTracking()
            .Where(r => r.DossierCode != null && codes.Contains(r.DossierCode)).Select(r => new RatedDossier(r.DossierCode!, r.Channel)).Distinct()));

    private readonly IReadOnlyList<IRatingStoreFastPath> _fastPaths;
    private readonly ReusableContext<TContext, IDossierRatedStatements> _context;
    private readonly BatchingGate<Question> _gate;

    public DossierRatingLookup(IServiceScopeFactory scopes, IReadOnlyList<IRatingStoreFastPath> fastPaths)
    {
        _fastPaths = fastPaths;
        _context = new ReusableContext<TContext, IDossierRatedStatements>(scopes, OpenAsync);
        _gate = new BatchingGate<Question>(MaxBatch, 4 * MaxBatch, AnswerAsync, _context.CloseAsync);
    }

    public async ValueTask<bool> ExistsAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken)
    {
        var question = new Question(dossierCode, channel, cancellationToken);
        await _gate.SubmitAsync(question, question.Answer.Task, cancellationToken).ConfigureAwait(false);
        return await question.Answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public ValueTask DisposeAsync() => _gate.DisposeAsync();

    private async Task<IDossierRatedStatements?> OpenAsync(TContext context)
    {
        if (_fastPaths.FirstOrDefault(f => f.Serves(context)) is { } fastPath)
        {
            return await fastPath.OpenDossierRatedStatementsAsync(context, CancellationToken.None).ConfigureAwait(false);
        }

        // Held open for the context's life, as RatingGroupWriter's lanes do.
        await context.Database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    /// <summary>The gate's batch handler: answers a batch of questions; the caller holds the gate's turn.</summary>
    private async Task AnswerAsync(List<Question> questions)
    {
        var batch = new List<Question>(questions.Count);
        foreach (var question in questions)
        {
            if (question.Cancellation.IsCancellationRequested)
            {
                question.Answer.TrySetCanceled(question.Cancellation);
            }
            else
            {
                batch.Add(question);
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var context = await _context.NextAsync().ConfigureAwait(false);
            if (_context.Statements is { } statements)
            {
                foreach (var question in batch)
                {
                    question.Answer.TrySetResult(await statements.ExistsAsync(question.DossierCode, question.Channel, question.Cancellation).ConfigureAwait(false));
                }
            }
            else
            {
                await AnswerAsync(context, batch).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The gate must live on: the failure goes to every writer that asked.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var question in batch)
            {
                question.Answer.TrySetException(ex);
            }

            await _context.CloseAsync().ConfigureAwait(false);
        }
    }

    private static async Task AnswerAsync(TContext context, List<Question> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        if (batch.Count == 1)
        {
            // A lone question: the EXISTS query stops at the first row the index finds.
            var (code, channel) = (batch[0].DossierCode, batch[0].Channel);
            batch[0].Answer.TrySetResult(channel is { } one ? await IsRatedOnChannel.For(context)(context, code, one).ConfigureAwait(false) : await IsRated.For(context)(context, code).ConfigureAwait(false));
            return;
        }

        var codes = batch.Select(q => q.DossierCode).Distinct(StringComparer.Ordinal).ToArray();
        var rated = new HashSet<(string Code, RatingChannel Channel)>();
        await foreach (var row in RatedAmong.For(context)(context, codes).ConfigureAwait(false))
        {
            rated.Add((row.Code, row.Channel));
        }

        foreach (var question in batch)
        {
            question.Answer.TrySetResult(question.Channel is { } only
                ? rated.Contains((question.DossierCode, only))
                : rated.Any(r => string.Equals(r.Code, question.DossierCode, StringComparison.Ordinal)));
        }
    }

    /// <summary>A dossier rated on a channel, as the batched query returns it.</summary>
    private sealed record RatedDossier(string Code, RatingChannel Channel);

    private sealed class Question(string dossierCode, RatingChannel? channel, CancellationToken cancellation)
    {
        public string DossierCode { get; } = dossierCode;
        public RatingChannel? Channel { get; } = channel;
        public CancellationToken Cancellation { get; } = cancellation;
        public TaskCompletionSource<bool> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
