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
        // Value types need a Nullable<T>[] (a nullable column's NULLs), which only a struct-constrained type can spell.
        var type = providerType.IsValueType
            ? typeof(ValueArrayColumn<>).MakeGenericType(providerType)
            : typeof(ReferenceArrayColumn<>).MakeGenericType(providerType);
        return (ArrayColumn)Activator.CreateInstance(type, getter, converter, dataTypeName + "[]")!;
    }

    protected static object? Value(IClrPropertyGetter getter, ValueConverter? converter, object row)
    {
        var value = getter.GetClrValueUsingContainingEntity(row);
        return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
    }
}

/// <summary>An <see cref="ArrayColumn"/> of a value type: a <c>T?[]</c> parameter.</summary>
internal sealed class ValueArrayColumn<T>(IClrPropertyGetter getter, ValueConverter? converter, string arrayTypeName) : ArrayColumn
    where T : struct
{
    public override NpgsqlParameter Parameter(IReadOnlyList<object> rows)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (T?)Value(getter, converter, rows[i]);
        }

        return new NpgsqlParameter<T?[]> { DataTypeName = arrayTypeName, TypedValue = values };
    }
}

/// <summary>An <see cref="ArrayColumn"/> of a reference type (text, bytea): a <c>T?[]</c> parameter.</summary>
internal sealed class ReferenceArrayColumn<T>(IClrPropertyGetter getter, ValueConverter? converter, string arrayTypeName) : ArrayColumn
    where T : class
{
    public override NpgsqlParameter Parameter(IReadOnlyList<object> rows)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (T?)Value(getter, converter, rows[i]);
        }

        return new NpgsqlParameter<T?[]> { DataTypeName = arrayTypeName, TypedValue = values };
    }
}
