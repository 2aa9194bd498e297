using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// A context (and the statements prepared on its connection) kept between the batches of one
/// <see cref="BatchingGate{T}"/>: making a context per batch costs as much CPU as a small batch's work.
/// It is renewed after a failure (<see cref="CloseAsync"/>) and every <see cref="Reuse"/> batches, so that
/// nothing the vendor's scoped services hold grows for ever. Used only by the holder of the gate's turn.
/// </summary>
/// <typeparam name="TContext">The vendor's context.</typeparam>
/// <typeparam name="TStatements">What <c>open</c> prepares on the context (a fast path's statements), if anything.</typeparam>
internal sealed class ReusableContext<TContext, TStatements>(IServiceScopeFactory scopes, Func<TContext, Task<TStatements?>> open)
    where TContext : DbContext
    where TStatements : class, IDisposable
{
    /// <summary>Batches handled through one context before a fresh one is taken.</summary>
    public const int Reuse = 1000;

    private AsyncServiceScope? _scope;
    private TContext? _context;
    private int _uses;

    /// <summary>The statements <c>open</c> prepared on the current context, if any.</summary>
    public TStatements? Statements { get; private set; }

    /// <summary>The context for the next batch, opened (or renewed) as needed.</summary>
    public async ValueTask<TContext> NextAsync()
    {
        if (_context is null || ++_uses > Reuse)
        {
            await CloseAsync().ConfigureAwait(false);
            var scope = scopes.CreateAsyncScope();
            _scope = scope;
            _uses = 1;
            _context = scope.ServiceProvider.GetRequiredService<TContext>();
            Statements = await open(_context).ConfigureAwait(false);
        }

        return _context;
    }

    /// <summary>Disposes the statements and the context; the next batch takes fresh ones.</summary>
    public async ValueTask CloseAsync()
    {
        Statements?.Dispose();
        Statements = null;
        _context = null;
        if (_scope is { } scope)
        {
            _scope = null;
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }
}
