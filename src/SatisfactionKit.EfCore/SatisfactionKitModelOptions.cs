namespace SatisfactionKit.EntityFrameworkCore;

/// <summary>
/// How SatisfactionKit's tables are named inside the vendor's <see cref="Microsoft.EntityFrameworkCore.DbContext"/>.
/// </summary>
public sealed class SatisfactionKitModelOptions
{
    /// <summary>The default <see cref="TablePrefix"/>.</summary>
    public const string DefaultTablePrefix = "SK_";

    /// <summary>
    /// The database schema of the tables, such as <c>satisfaction</c>; the context's default schema when
    /// <see langword="null"/>. SQLite has no schemas and ignores it.
    /// </summary>
    public string? Schema { get; set; }

    /// <summary>
    /// Put before every table name (<c>SK_Ratings</c>) so that ours never collide with the vendor's.
    /// Default <see cref="DefaultTablePrefix"/>; may be empty.
    /// </summary>
    public string TablePrefix { get; set; } = DefaultTablePrefix;
}
