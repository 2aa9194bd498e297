namespace SatisfactionKit.Units;

/// <summary>
/// A validated <see cref="UnitCatalogue"/>, indexed in memory: units, ancestors and subtrees on any date,
/// successions followed to a date, and the placing of a unit's ratings in a roll-up. Immutable and
/// thread-safe; built by <see cref="IUnitRegistry.GetHierarchyAsync"/> and shared by the reports of its cache
/// duration, so a report over thousands of units reads the catalogue at most once.
/// </summary>
public sealed class UnitHierarchy
{
    private readonly Dictionary<string, UnitVersion[]> _versions;
    private readonly Dictionary<string, UnitSuccession> _heirs;
    private readonly Dictionary<string, List<UnitVersion>> _children;

    private UnitHierarchy(UnitCatalogue catalogue)
    {
        Catalogue = catalogue;
        _versions = catalogue.Versions.GroupBy(v => v.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.ValidFrom).ToArray(), StringComparer.Ordinal);
        _heirs = catalogue.Successions.Where(s => s.CarriesHistory).ToDictionary(s => s.PredecessorCode, StringComparer.Ordinal);
        _children = catalogue.Versions.Where(v => v.ParentCode is not null).GroupBy(v => v.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The catalogue this was built from.</summary>
    public UnitCatalogue Catalogue { get; }

    /// <summary>Every unit code the catalogue has ever had.</summary>
    public IReadOnlyCollection<string> Codes => _versions.Keys;

    /// <summary>Builds the hierarchy of <paramref name="catalogue"/>.</summary>
    /// <exception cref="UnitCatalogueException">The catalogue has errors (see <see cref="UnitCatalogueValidator"/>).</exception>
    public static UnitHierarchy Create(UnitCatalogue catalogue, DateOnly today)
    {
        var errors = UnitCatalogueValidator.Validate(catalogue, today);
        return errors.Count > 0 ? throw new UnitCatalogueException(errors) : new UnitHierarchy(catalogue);
    }

    /// <summary>The version of <paramref name="code"/> in effect on <paramref name="asOf"/>, or <see langword="null"/>.</summary>
    public UnitVersion? Find(string code, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _versions.TryGetValue(code, out var versions) ? Array.Find(versions, v => v.IsInEffectOn(asOf)) : null;
    }

    /// <summary>Every version of <paramref name="code"/>, oldest first.</summary>
    public IReadOnlyList<UnitVersion> History(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _versions.TryGetValue(code, out var versions) ? versions : [];
    }

    /// <summary>The units above <paramref name="code"/> on <paramref name="asOf"/>, its parent first; empty when it is not in effect then.</summary>
    public IReadOnlyList<UnitVersion> Ancestors(string code, DateOnly asOf)
    {
        var result = new List<UnitVersion>();
        var current = Find(code, asOf);
        // The validator refuses cycles; the bound only guards a catalogue changed behind its back.
        while (current?.ParentCode is { } parent && Find(parent, asOf) is { } up && result.Count < _versions.Count)
        {
            result.Add(up);
            current = up;
        }

        return result;
    }

    /// <summary><paramref name="code"/> and every unit below it on <paramref name="asOf"/>, breadth first, children in code order; empty when it is not in effect then.</summary>
    public IReadOnlyList<UnitVersion> Subtree(string code, DateOnly asOf)
    {
        var result = new List<UnitVersion>();
        if (Find(code, asOf) is not { } root)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Code };
        result.Add(root);
        for (var i = 0; i < result.Count; i++)
        {
            if (_children.TryGetValue(result[i].Code, out var children))
            {
                result.AddRange(children.Where(c => c.IsInEffectOn(asOf) && seen.Add(c.Code)));
            }
        }

        return result;
    }

    /// <summary>
    /// The successions that carry <paramref name="code"/>'s history, in order, up to <paramref name="until"/>
    /// (today for "now"): empty when the unit has no successor by then.
    /// </summary>
    public IReadOnlyList<UnitSuccession> SuccessorChain(string code, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(code);
        var chain = new List<UnitSuccession>();
        while (_heirs.TryGetValue(code, out var next) && next.EffectiveOn <= until && chain.Count < _heirs.Count)
        {
            chain.Add(next);
            code = next.SuccessorCode;
        }

        return chain;
    }

    /// <summary>The unit that carries <paramref name="code"/>'s history on <paramref name="until"/>: the end of its successor chain, or itself.</summary>
    public string Heir(string code, DateOnly until) => SuccessorChain(code, until) is { Count: > 0 } chain ? chain[^1].SuccessorCode : code;

    /// <summary>
    /// The unit whose row a rating recorded against <paramref name="code"/> counts in, under <paramref name="rollup"/>:
    /// the unit (after its successions, as restructured) or its nearest ancestor at the roll-up's level on its
    /// date; the unit itself when no unit of that level is above it; <see langword="null"/> when the unit is not
    /// in effect on that date (outside the hierarchy).
    /// </summary>
    public UnitVersion? Place(string code, UnitRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(rollup);
        var placed = rollup.View == UnitView.AsRestructured ? Heir(code, rollup.AsOf) : code;
        if (Find(placed, rollup.AsOf) is not { } unit)
        {
            return null;
        }

        return unit.Level == rollup.Level ? unit : Ancestors(placed, rollup.AsOf).FirstOrDefault(a => a.Level == rollup.Level) ?? unit;
    }

    /// <summary>
    /// Every code, past or present, whose ratings fall inside <paramref name="scope"/>'s subtree: as recorded, the
    /// units below it on its date; as restructured, also every unit whose successions lead there.
    /// </summary>
    public IReadOnlySet<string> CodesWithin(UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var subtree = Subtree(scope.UnitCode, scope.AsOf).Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        if (scope.View == UnitView.AsRecorded)
        {
            return subtree;
        }

        return _versions.Keys.Where(c => subtree.Contains(Heir(c, scope.AsOf))).ToHashSet(StringComparer.Ordinal);
    }
}
