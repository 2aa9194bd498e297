using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Stores.Statements;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Answers "has this dossier been rated?" — asked by the validator before every rating — for all the
/// writers asking at the same moment with one query (<c>WHERE DossierCode IN (…)</c>) instead of one
/// query each. A lone question is sent at once; questions arriving while a query runs share the next.
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

    /// <summary>Queries sent through one context before the loop takes a fresh one.</summary>
    private const int ContextReuse = 1000;

    private readonly IServiceScopeFactory _scopes;
    private readonly Channel<Question> _questions = Channel.CreateBounded<Question>(new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true });
    private readonly Task _loop;

    // Held by whoever sends the next query (the loop or an asker); _scope and _uses belong to its holder.
    private readonly SemaphoreSlim _turn = new(1, 1);
    private AsyncServiceScope? _scope;
    private DossierRatedStatements? _statements;
    private int _uses;
    private bool? _inProcess;

    public DossierRatingLookup(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _loop = Task.Run(RunAsync);
    }

    public async ValueTask<bool> ExistsAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken)
    {
        var question = new Question(dossierCode, channel, cancellationToken);
        await _questions.Writer.WriteAsync(question, cancellationToken).ConfigureAwait(false);
        // Nobody querying: the caller sends the query itself, without a hand-over to the loop and back.
        if (_turn.Wait(0, CancellationToken.None))
        {
            try
            {
                while (!question.Answer.Task.IsCompleted && await AnswerNextAsync().ConfigureAwait(false))
                {
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        return await question.Answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        _questions.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    /// <summary>The loop: answers the questions their askers did not send themselves.</summary>
    private async Task RunAsync()
    {
        while (await _questions.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await _turn.WaitAsync().ConfigureAwait(false);
            try
            {
                while (await AnswerNextAsync().ConfigureAwait(false))
                {
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        // An asker may still be sending its own query: the context goes once the turn is free.
        await _turn.WaitAsync().ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
        _turn.Release();
    }

    /// <summary>Answers the next batch of waiting questions; the caller holds the turn. False when none waited.</summary>
    private async Task<bool> AnswerNextAsync()
    {
        var batch = new List<Question>();
        while (batch.Count < MaxBatch && _questions.Reader.TryRead(out var question))
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
            return _questions.Reader.Count > 0;
        }

        try
        {
            // One context between batches, renewed after a failure and every ContextReuse queries, for
            // the reason RatingGroupWriter keeps one per lane.
            if (_scope is null || ++_uses > ContextReuse)
            {
                await CloseAsync().ConfigureAwait(false);
                _scope = _scopes.CreateAsyncScope();
                _uses = 1;
                var context = _scope.Value.ServiceProvider.GetRequiredService<TContext>();
                _inProcess ??= DatabaseProviders.IsSqlite(context.Database);
                if (_inProcess == true)
                {
                    _statements = await DossierRatedStatements.OpenAsync(context, CancellationToken.None).ConfigureAwait(false);
                }
                else
                {
                    // Held open for the context's life, as RatingGroupWriter's lanes do.
                    await context.Database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }

            if (_statements is not null)
            {
                // In the process, each question costs a few microseconds: no IN list to build.
                foreach (var question in batch)
                {
                    question.Answer.TrySetResult(await _statements.ExistsAsync(question.DossierCode, question.Channel, question.Cancellation).ConfigureAwait(false));
                }
            }
            else
            {
                await AnswerAsync(_scope.Value.ServiceProvider.GetRequiredService<TContext>(), batch).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The loop must live on: the failure goes to every writer that asked.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var question in batch)
            {
                question.Answer.TrySetException(ex);
            }

            await CloseAsync().ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Disposes the statements and the context; the caller holds the turn.</summary>
    private async ValueTask CloseAsync()
    {
        _statements?.Dispose();
        _statements = null;
        if (_scope is { } open)
        {
            _scope = null;
            await open.DisposeAsync().ConfigureAwait(false);
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
