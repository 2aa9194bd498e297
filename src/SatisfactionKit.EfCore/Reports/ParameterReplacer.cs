using System.Linq.Expressions;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>Inlines one lambda into another, so that a group key can be composed with more columns.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);

    /// <summary><c>f =&gt; shape(key(f), f)</c>.</summary>
    public static Expression<Func<ReportFact, TOut>> Compose<TKey, TOut>(Expression<Func<ReportFact, TKey>> key, Expression<Func<TKey, ReportFact, TOut>> shape)
    {
        var fact = key.Parameters[0];
        var body = new ParameterReplacer(shape.Parameters[0], key.Body).Visit(shape.Body);
        body = new ParameterReplacer(shape.Parameters[1], fact).Visit(body);
        return Expression.Lambda<Func<ReportFact, TOut>>(body, fact);
    }
}
