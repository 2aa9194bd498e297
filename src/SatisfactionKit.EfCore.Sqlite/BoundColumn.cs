using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SatisfactionKit.EntityFrameworkCore.Sqlite;

/// <summary>
/// One parameter of a reused command, created by the property's type mapping (so the provider sees the
/// same parameter type EF Core would send) and given each row's value through the property's getter
/// and value converter.
/// </summary>
internal sealed class BoundColumn
{
    private readonly DbParameter _parameter;
    private readonly IClrPropertyGetter _getter;
    private readonly ValueConverter? _converter;

    public BoundColumn(DbCommand command, string parameterName, IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        _parameter = mapping.CreateParameter(command, parameterName, value: null, nullable: property.IsNullable);
        _converter = mapping.Converter;
        _getter = property.GetGetter();
        command.Parameters.Add(_parameter);
    }

    /// <summary>Sets the parameter to <paramref name="row"/>'s value of the property.</summary>
    public void Bind(object row) => Set(_getter.GetClrValueUsingContainingEntity(row));

    /// <summary>Sets the parameter to <paramref name="value"/>, a value of the property's CLR type.</summary>
    public void Set(object? value)
    {
        if (value is not null && _converter is not null)
        {
            value = _converter.ConvertToProvider(value);
        }

        _parameter.Value = value ?? DBNull.Value;
    }
}
