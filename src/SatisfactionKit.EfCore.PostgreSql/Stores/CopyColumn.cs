using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>One column of a binary COPY: reads its property from a row object and writes it as EF Core would bind it.</summary>
internal abstract class CopyColumn(string name)
{
    /// <summary>The column's name in the table.</summary>
    public string Name { get; } = name;

    /// <summary>Writes this column's value of <paramref name="row"/> as the next field of the current COPY row.</summary>
    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, object row, CancellationToken cancellationToken);

    /// <summary>The provider value of a property of <paramref name="row"/>: its CLR value through the property's value converter, if any.</summary>
    internal static object? ProviderValue(IClrPropertyGetter getter, ValueConverter? converter, object row)
    {
        var value = getter.GetClrValueUsingContainingEntity(row);
        return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
    }
}

/// <summary>
/// A column whose provider value is a <typeparamref name="T"/>: the property's CLR value, passed through
/// the property's value converter when it has one (enums to numbers…), written with the PostgreSQL
/// type named by EF Core's type mapping, so the bytes are those of the parameter EF Core would send.
/// </summary>
internal sealed class CopyColumn<T>(string name, IClrPropertyGetter getter, ValueConverter? converter, string dataTypeName) : CopyColumn(name)
{
    public override Task WriteAsync(NpgsqlBinaryImporter importer, object row, CancellationToken cancellationToken)
    {
        var value = ProviderValue(getter, converter, row);
        return value is null
            ? importer.WriteNullAsync(cancellationToken)
            : importer.WriteAsync((T)value, dataTypeName, cancellationToken);
    }
}
