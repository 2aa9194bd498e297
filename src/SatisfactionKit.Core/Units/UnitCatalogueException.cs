namespace SatisfactionKit.Units;

/// <summary>
/// A unit catalogue with errors was given to a store, or read from a source; nothing was stored. The
/// message lists the first errors in Vietnamese and English, each naming its row.
/// </summary>
public sealed class UnitCatalogueException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public UnitCatalogueException(IReadOnlyList<UnitCatalogueError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<UnitCatalogueError> Errors { get; }

    private static string Describe(IReadOnlyList<UnitCatalogueError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var head = $"Danh mục đơn vị có {errors.Count} lỗi, không lưu gì. / The unit catalogue has {errors.Count} error(s); nothing was stored.";
        return string.Join(Environment.NewLine, [head, .. errors.Take(20).Select(e => e.ToString())]);
    }
}
