using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// An EF Core compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>)
/// per model: a compiled query refuses to run against a model other than the one it was first run
/// with, and one context type may have several models in one process (a provider or a table prefix
/// per database). Each model gets its own, made on first use and collected with the model.
/// </summary>
/// <typeparam name="TQuery">The compiled query's delegate type.</typeparam>
internal sealed class PerModelQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _queries = [];

    /// <summary>The compiled query for <paramref name="context"/>'s model.</summary>
    public TQuery For(DbContext context) => _queries.GetValue(context.Model, _ => compile());
}
