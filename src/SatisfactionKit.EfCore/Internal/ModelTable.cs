using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// The table an entity type is mapped to and its columns, read from a context's EF Core model, so that
/// statements written without EF Core (prepared INSERTs, binary COPY) honour a vendor's schema, table
/// prefix and column names exactly as <c>SaveChanges</c> would.
/// </summary>
/// <remarks>For provider packages; may change between minor versions.</remarks>
public sealed class ModelTable
{
    private ModelTable(IEntityType entityType, StoreObjectIdentifier table, IReadOnlyList<(IProperty Property, string Column)> columns)
    {
        EntityType = entityType;
        Table = table;
        Columns = columns;
    }

    /// <summary>The entity type in the model.</summary>
    public IEntityType EntityType { get; }

    /// <summary>The table (name and schema).</summary>
    public StoreObjectIdentifier Table { get; }

    /// <summary>Every mapped property with its column name, in the model's property order.</summary>
    public IReadOnlyList<(IProperty Property, string Column)> Columns { get; }

    /// <summary>Reads the mapping of <paramref name="clrType"/> from <paramref name="model"/>.</summary>
    /// <param name="model">The context's model.</param>
    /// <param name="clrType">The entity type.</param>
    /// <param name="writtenByClient">
    /// When true, every column must be written from the row object: a shadow or store-generated property,
    /// which EF Core would read from its change tracker or leave to the database, is refused.
    /// </param>
    /// <exception cref="NotSupportedException">A mapped property is shadow or store-generated and <paramref name="writtenByClient"/> is true.</exception>
    public static ModelTable For(IModel model, Type clrType, bool writtenByClient)
    {
        var entityType = model.FindEntityType(clrType)
            ?? throw new InvalidOperationException($"{clrType.Name} is not in the model: call modelBuilder.UseSatisfactionKit().");
        var tableName = entityType.GetTableName()
            ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());

        var columns = new List<(IProperty, string)>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.GetColumnName(table) is not { } column)
            {
                continue;
            }

            if (writtenByClient && (property.IsShadowProperty() || property.ValueGenerated != ValueGenerated.Never))
            {
                throw new NotSupportedException(
                    $"{entityType.DisplayName()}.{property.Name} is a shadow or store-generated property: SatisfactionKit writes this table's rows itself and cannot write it. Remove the property from the model.");
            }

            columns.Add((property, column));
        }

        return new ModelTable(entityType, table, columns);
    }

    /// <summary>The column of <paramref name="propertyName"/>.</summary>
    public string ColumnOf(string propertyName) =>
        Columns.First(c => c.Property.Name == propertyName).Column;
}
