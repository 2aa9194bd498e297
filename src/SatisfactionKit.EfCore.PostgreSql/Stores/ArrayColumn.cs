using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// One column of an <c>INSERT … SELECT * FROM unnest(…)</c>: the column's values of a list of rows as
/// one array parameter, each value read and converted as <see cref="CopyColumn{T}"/> writes it to COPY,
/// typed with the column's PostgreSQL type.
/// </summary>
internal abstract class ArrayColumn
{
    /// <summary>The array of <paramref name="rows"/>' values of this column, as a parameter.</summary>
    public abstract NpgsqlParameter Parameter(IReadOnlyList<object> rows);

    /// <summary>The array column for a property whose provider value is <paramref name="providerType"/> (not nullable).</summary>
    public static ArrayColumn For(Type providerType, IClrPropertyGetter getter, ValueConverter? converter, string dataTypeName)
    {
        // A nullable column's NULLs: Nullable<T> elements for a value type, the type itself for a reference type.
        var element = providerType.IsValueType ? typeof(Nullable<>).MakeGenericType(providerType) : providerType;
        return (ArrayColumn)Activator.CreateInstance(typeof(ArrayColumn<>).MakeGenericType(element), getter, converter, dataTypeName + "[]")!;
    }
}

/// <summary>An <see cref="ArrayColumn"/> whose array elements are <typeparamref name="TElement"/> (<c>int?</c>, <c>string</c>…).</summary>
internal sealed class ArrayColumn<TElement>(IClrPropertyGetter getter, ValueConverter? converter, string arrayTypeName) : ArrayColumn
{
    public override NpgsqlParameter Parameter(IReadOnlyList<object> rows)
    {
        var values = new TElement[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (TElement)CopyColumn.ProviderValue(getter, converter, rows[i])!;
        }

        return new NpgsqlParameter<TElement[]> { DataTypeName = arrayTypeName, TypedValue = values };
    }
}
