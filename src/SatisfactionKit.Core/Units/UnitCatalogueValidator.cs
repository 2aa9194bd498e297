using SatisfactionKit.Localization;

namespace SatisfactionKit.Units;

/// <summary>
/// Checks a whole <see cref="UnitCatalogue"/>: required fields and lengths, versions that end before they
/// begin or overlap, unknown parents, cycles in parents (on any day), and successions that name unknown
/// units, lie in the future, loop, repeat, leave their predecessor in effect or split without one heir of
/// the history. Every error names its row; a store keeps a catalogue only when there is none.
/// </summary>
public static class UnitCatalogueValidator
{
    /// <summary>Every error of <paramref name="catalogue"/>, rows in order; empty when it may be stored.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="today">Today's date in Vietnam: no succession may take effect after it.</param>
    public static IReadOnlyList<UnitCatalogueError> Validate(UnitCatalogue catalogue, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var errors = new List<UnitCatalogueError>();
        var codes = new HashSet<string>(catalogue.Versions.Where(v => !string.IsNullOrWhiteSpace(v?.Code)).Select(v => v.Code), StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Versions.Count; i++)
        {
            CheckVersion(catalogue.Versions[i], i + 1, codes, errors);
        }

        CheckOverlaps(catalogue.Versions, errors);
        CheckParentCycles(catalogue.Versions, errors);

        CheckSuccessions(catalogue, today, codes, errors);
        return errors;
    }

    private static void CheckVersion(UnitVersion? v, int row, HashSet<string> codes, List<UnitCatalogueError> errors)
    {
        const string source = UnitCatalogueError.VersionsSource;
        if (v is null || string.IsNullOrWhiteSpace(v.Code))
        {
            errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitVersion.Code), ErrorCodes.UnitFieldRequired, string.Empty, nameof(UnitVersion.Code)));
            return;
        }

        Text(source, row, nameof(UnitVersion.Code), v.Code, UnitVersion.MaxCodeLength, errors);
        if (v.Name is null || string.IsNullOrWhiteSpace(v.Name.Vi))
        {
            errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitVersion.Name), ErrorCodes.UnitFieldRequired, v.Code, nameof(UnitVersion.Name)));
        }
        else
        {
            Text(source, row, nameof(UnitVersion.Name), v.Name.Vi, UnitVersion.MaxNameLength, errors);
            Text(source, row, nameof(UnitVersion.Name), v.Name.En, UnitVersion.MaxNameLength, errors);
        }

        if (string.IsNullOrWhiteSpace(v.Level.Code))
        {
            errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitVersion.Level), ErrorCodes.UnitFieldRequired, v.Code, nameof(UnitVersion.Level)));
        }
        else
        {
            Text(source, row, nameof(UnitVersion.Level), v.Level.Code, UnitLevel.MaxCodeLength, errors);
        }

        if (v.ParentCode is { } parent)
        {
            if (string.Equals(parent, v.Code, StringComparison.Ordinal))
            {
                errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitVersion.ParentCode), ErrorCodes.UnitParentCycle, $"{v.Code} → {v.Code}", v.ValidFrom));
            }
            else if (!codes.Contains(parent))
            {
                errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitVersion.ParentCode), ErrorCodes.UnitParentUnknown, v.Code, parent));
            }
        }

        if (v.ValidTo is { } to && to <= v.ValidFrom)
        {
            errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitVersion.ValidTo), ErrorCodes.UnitVersionEndsBeforeStart, v.Code, v.ValidFrom, to));
        }
    }

    private static void Text(string source, int row, string column, string? value, int maxLength, List<UnitCatalogueError> errors)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(UnitCatalogueError.Create(source, row, column, ErrorCodes.FieldTooLong, column, value.Length, maxLength));
        }

        var control = value.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        if (control < 0)
        {
            control = value.IndexOf('\u007f', StringComparison.Ordinal);
        }

        if (control >= 0)
        {
            errors.Add(UnitCatalogueError.Create(source, row, column, ErrorCodes.ControlCharacter, column, (int)value[control], control));
        }
    }

    private static void CheckOverlaps(IReadOnlyList<UnitVersion> versions, List<UnitCatalogueError> errors)
    {
        var byCode = versions.Select((v, i) => (v, Row: i + 1))
            .Where(x => !string.IsNullOrWhiteSpace(x.v?.Code))
            .GroupBy(x => x.v.Code, StringComparer.Ordinal);
        foreach (var group in byCode)
        {
            var ordered = group.OrderBy(x => x.v.ValidFrom).ThenBy(x => x.Row).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (earlier, earlierRow) = ordered[i - 1];
                var (later, laterRow) = ordered[i];
                if (earlier.ValidTo is not { } end || end > later.ValidFrom)
                {
                    var row = Math.Max(earlierRow, laterRow);
                    var other = row == laterRow ? earlierRow : laterRow;
                    errors.Add(UnitCatalogueError.Create(UnitCatalogueError.VersionsSource, row, nameof(UnitVersion.ValidFrom), ErrorCodes.UnitVersionsOverlap, later.Code, earlier.ValidFrom, later.ValidFrom, other));
                }
            }
        }
    }

    /// <summary>The parent links change only on the days versions begin or end: a cycle on any day is a cycle on one of those.</summary>
    private static void CheckParentCycles(IReadOnlyList<UnitVersion> versions, List<UnitCatalogueError> errors)
    {
        var rows = versions.Select((v, i) => (v, Row: i + 1)).Where(x => !string.IsNullOrWhiteSpace(x.v?.Code)).ToList();
        var days = rows.Select(x => x.v.ValidFrom).Concat(rows.Where(x => x.v.ValidTo is not null).Select(x => x.v.ValidTo!.Value)).Distinct().Order();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in days)
        {
            var parents = new Dictionary<string, (string? Parent, int Row)>(StringComparer.Ordinal);
            foreach (var (v, row) in rows.Where(x => x.v.IsInEffectOn(day)))
            {
                parents[v.Code] = (v.ParentCode, row);
            }

            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in parents.Keys)
            {
                var path = new List<string>();
                var onPath = new HashSet<string>(StringComparer.Ordinal);
                var code = start;
                while (code is not null && !done.Contains(code) && parents.TryGetValue(code, out var link))
                {
                    if (!onPath.Add(code))
                    {
                        var cycle = path.SkipWhile(c => c != code).Append(code).ToList();
                        var key = string.Join('|', cycle.Skip(1).Order(StringComparer.Ordinal));
                        if (reported.Add(key))
                        {
                            var row = cycle.Skip(1).Min(c => parents[c].Row);
                            errors.Add(UnitCatalogueError.Create(UnitCatalogueError.VersionsSource, row, nameof(UnitVersion.ParentCode), ErrorCodes.UnitParentCycle, string.Join(" → ", cycle), day));
                        }

                        break;
                    }

                    path.Add(code);
                    code = link.Parent;
                }

                done.UnionWith(path);
            }
        }
    }

    private static void CheckSuccessions(UnitCatalogue catalogue, DateOnly today, HashSet<string> codes, List<UnitCatalogueError> errors)
    {
        const string source = UnitCatalogueError.SuccessionsSource;
        var pairs = new HashSet<(string, string)>();
        var versionsByCode = catalogue.Versions.Where(v => v?.Code is not null).ToLookup(v => v.Code, StringComparer.Ordinal);
        var heirs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < catalogue.Successions.Count; i++)
        {
            var s = catalogue.Successions[i];
            var row = i + 1;
            if (s is null || string.IsNullOrWhiteSpace(s.PredecessorCode) || string.IsNullOrWhiteSpace(s.SuccessorCode))
            {
                errors.Add(UnitCatalogueError.Create(source, row, s is null || string.IsNullOrWhiteSpace(s.PredecessorCode) ? nameof(UnitSuccession.PredecessorCode) : nameof(UnitSuccession.SuccessorCode), ErrorCodes.UnitFieldRequired, s?.PredecessorCode ?? string.Empty, "PredecessorCode/SuccessorCode"));
                continue;
            }

            var known = true;
            foreach (var (column, code) in new[] { (nameof(UnitSuccession.PredecessorCode), s.PredecessorCode), (nameof(UnitSuccession.SuccessorCode), s.SuccessorCode) })
            {
                if (!codes.Contains(code))
                {
                    errors.Add(UnitCatalogueError.Create(source, row, column, ErrorCodes.UnitUnknown, code));
                    known = false;
                }
            }

            if (s.EffectiveOn > today)
            {
                errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitSuccession.EffectiveOn), ErrorCodes.UnitSuccessionInFuture, s.PredecessorCode, s.SuccessorCode, s.EffectiveOn, today));
            }

            if (!pairs.Add((s.PredecessorCode, s.SuccessorCode)))
            {
                errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitSuccession.SuccessorCode), ErrorCodes.UnitSuccessionDuplicated, s.PredecessorCode, s.SuccessorCode));
            }
            else if (string.Equals(s.PredecessorCode, s.SuccessorCode, StringComparison.Ordinal))
            {
                errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitSuccession.SuccessorCode), ErrorCodes.UnitSuccessionCycle, $"{s.PredecessorCode} → {s.SuccessorCode}"));
            }

            if (known && versionsByCode[s.PredecessorCode].Any(v => (v.ValidTo is not { } to || to > s.EffectiveOn)))
            {
                errors.Add(UnitCatalogueError.Create(source, row, nameof(UnitSuccession.EffectiveOn), ErrorCodes.UnitPredecessorInEffect, s.PredecessorCode, s.EffectiveOn, s.SuccessorCode));
            }
        }

        var bySuccessor = catalogue.Successions.Select((s, i) => (s, Row: i + 1)).Where(x => x.s is not null && !string.IsNullOrWhiteSpace(x.s.PredecessorCode)).GroupBy(x => x.s.PredecessorCode, StringComparer.Ordinal);
        foreach (var group in bySuccessor)
        {
            var carriers = group.Where(x => x.s.CarriesHistory).ToList();
            if (carriers.Count > 1 || (carriers.Count == 0 && group.Count() > 1))
            {
                errors.Add(UnitCatalogueError.Create(source, group.Max(x => x.Row), nameof(UnitSuccession.CarriesHistory), ErrorCodes.UnitSuccessionHistory, group.Key, carriers.Count));
            }
            else if (carriers.Count == 1 && !string.Equals(carriers[0].s.PredecessorCode, carriers[0].s.SuccessorCode, StringComparison.Ordinal))
            {
                heirs[group.Key] = carriers[0].s.SuccessorCode;
            }
        }

        CheckSuccessionCycles(catalogue, heirs, errors);
    }

    private static void CheckSuccessionCycles(UnitCatalogue catalogue, Dictionary<string, string> heirs, List<UnitCatalogueError> errors)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in heirs.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string>();
            var code = start;
            while (!done.Contains(code) && heirs.TryGetValue(code, out var next))
            {
                if (path.Contains(code, StringComparer.Ordinal))
                {
                    var cycle = path.SkipWhile(c => c != code).Append(code).ToList();
                    var row = 1 + catalogue.Successions.ToList().FindIndex(s => s.PredecessorCode == code && s.CarriesHistory);
                    errors.Add(UnitCatalogueError.Create(UnitCatalogueError.SuccessionsSource, row, nameof(UnitSuccession.SuccessorCode), ErrorCodes.UnitSuccessionCycle, string.Join(" → ", cycle)));
                    break;
                }

                path.Add(code);
                code = next;
            }

            done.UnionWith(path);
        }
    }
}
