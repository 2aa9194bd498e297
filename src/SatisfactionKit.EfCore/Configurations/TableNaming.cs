namespace SatisfactionKit.EntityFrameworkCore.Configurations;

/// <summary>
/// The prefix and schema every table configuration names its table with, taken from the vendor's
/// <c>SatisfactionKitModelOptions</c> by whoever applies the model; the configurations read only this,
/// so that they do not depend on the package's root namespace.
/// </summary>
/// <param name="Prefix">Put before every table name.</param>
/// <param name="Schema">The database schema, or <see langword="null"/> for the context's default.</param>
internal sealed record TableNaming(string Prefix, string? Schema)
{
    /// <summary>The full table name of <paramref name="name"/>.</summary>
    public string Table(string name) => Prefix + name;
}
