using System.Globalization;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Units.Import;

/// <summary>
/// The default <see cref="IUnitCatalogueImporter"/>: reads both files whole (a national catalogue is some
/// ten thousand rows), parses each cell, checks the catalogue with <see cref="UnitCatalogueValidator"/>,
/// and replaces the stored catalogue only when nothing is wrong. Errors name the file, row and column.
/// </summary>
internal sealed class UnitCatalogueImporter(IUnitRegistry registry, IUnitStore? store = null, IUnitCatalogueFiles? files = null) : IUnitCatalogueImporter
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public async Task<UnitImportResult> ImportAsync(UnitImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reader = files ?? throw new InvalidOperationException(
            "Chưa đăng ký cách đọc tệp danh mục đơn vị (IUnitCatalogueFiles): gọi AddSpreadsheets() của gói SatisfactionKit.Spreadsheets. / No unit catalogue file reader (IUnitCatalogueFiles) is registered: call AddSpreadsheets() from the SatisfactionKit.Spreadsheets package.");
        var target = store ?? throw new InvalidOperationException(
            "Chưa đăng ký nơi lưu danh mục đơn vị (IUnitStore): gọi AddEntityFrameworkStores<TContext>(). / No unit store (IUnitStore) is registered: call AddEntityFrameworkStores<TContext>().");
        var errors = new List<UnitCatalogueError>();
        var versions = await ReadAsync(reader, request.UnitsFilePath, UnitColumns.Versions, UnitColumns.VersionsRequired, errors, cancellationToken).ConfigureAwait(false);
        var successions = request.SuccessionsFilePath is { } path
            ? await ReadAsync(reader, path, UnitColumns.Successions, UnitColumns.SuccessionsRequired, errors, cancellationToken).ConfigureAwait(false)
            : [];
        var parsedVersions = versions.Select(r => (Row: r, Value: ParseVersion(r, errors))).Where(x => x.Value is not null).ToList();
        var parsedSuccessions = successions.Select(r => (Row: r, Value: ParseSuccession(r, errors))).Where(x => x.Value is not null).ToList();
        if (errors.Count == 0)
        {
            var catalogue = new UnitCatalogue([.. parsedVersions.Select(x => x.Value!)], [.. parsedSuccessions.Select(x => x.Value!)]);
            foreach (var e in UnitCatalogueValidator.Validate(catalogue, registry.Today))
            {
                var row = e.Source == UnitCatalogueError.VersionsSource ? parsedVersions[e.Row - 1].Row : parsedSuccessions[e.Row - 1].Row;
                errors.Add(e with { Source = row.File, Row = row.Number, Column = row.HeaderOf(e.Column) });
            }

            if (errors.Count == 0)
            {
                await target.ReplaceAsync(catalogue, registry.Today, cancellationToken).ConfigureAwait(false);
            }
        }

        return new UnitImportResult(versions.Count, successions.Count, [.. errors.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Row)]);
    }

    private static async Task<List<MappedRow>> ReadAsync(
        IUnitCatalogueFiles reader, string path, IReadOnlyDictionary<string, string> columns, IReadOnlyList<(string Field, string Name)> required, List<UnitCatalogueError> errors, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var rows = new List<MappedRow>();
        try
        {
            Dictionary<string, int>? map = null;
            await foreach (var row in reader.ReadRowsAsync(path, cancellationToken).ConfigureAwait(false))
            {
                if (map is null)
                {
                    map = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var i = 0; i < row.Headers.Count; i++)
                    {
                        if (columns.TryGetValue(UnitText.Fold(row.Headers[i]), out var field))
                        {
                            map.TryAdd(field, i);
                        }
                    }

                    var missing = required.Where(r => !map.ContainsKey(r.Field)).ToList();
                    foreach (var (_, name) in missing)
                    {
                        errors.Add(UnitCatalogueError.Create(file, 1, name, ErrorCodes.UnitColumnMissing, name, file));
                    }

                    if (missing.Count > 0)
                    {
                        return rows;
                    }
                }

                rows.Add(new MappedRow(file, row, map));
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or UnauthorizedAccessException)
        {
            errors.Add(UnitCatalogueError.Create(file, 0, string.Empty, ErrorCodes.UnitFileUnreadable, file, ex.Message, ex.Message));
        }

        return rows;
    }

    private static UnitVersion? ParseVersion(MappedRow row, List<UnitCatalogueError> errors)
    {
        var code = row.Cell(nameof(UnitVersion.Code));
        var from = Date(row, nameof(UnitVersion.ValidFrom), code, required: true, errors);
        var to = Date(row, nameof(UnitVersion.ValidTo), code, required: false, errors);
        var ok = Required(row, nameof(UnitVersion.Code), code, errors)
            & Required(row, nameof(UnitName.Vi), code, errors)
            & Required(row, nameof(UnitVersion.Level), code, errors);
        return !ok || from is null
            ? null
            : new UnitVersion(code!, new UnitName(row.Cell(nameof(UnitName.Vi))!, row.Cell(nameof(UnitName.En))), UnitLevel.Parse(row.Cell(nameof(UnitVersion.Level))!), row.Cell(nameof(UnitVersion.ParentCode)), from.Value, to);
    }

    private static UnitSuccession? ParseSuccession(MappedRow row, List<UnitCatalogueError> errors)
    {
        var from = row.Cell(nameof(UnitSuccession.PredecessorCode));
        var on = Date(row, nameof(UnitSuccession.EffectiveOn), from, required: true, errors);
        var ok = Required(row, nameof(UnitSuccession.PredecessorCode), from, errors) & Required(row, nameof(UnitSuccession.SuccessorCode), from, errors);
        var carries = true;
        if (row.Cell(nameof(UnitSuccession.CarriesHistory)) is { } text)
        {
            switch (UnitText.Fold(text))
            {
                case "co" or "x" or "1" or "yes" or "true":
                    break;
                case "khong" or "0" or "no" or "false":
                    carries = false;
                    break;
                default:
                    ok = false;
                    errors.Add(UnitCatalogueError.Create(row.File, row.Number, row.HeaderOf(nameof(UnitSuccession.CarriesHistory)), ErrorCodes.UnitValueInvalid, row.HeaderOf(nameof(UnitSuccession.CarriesHistory)), text, "chỉ nhận 'có' hoặc 'không'", "only 'có' (yes) or 'không' (no)"));
                    break;
            }
        }

        return ok && on is not null ? new UnitSuccession(from!, row.Cell(nameof(UnitSuccession.SuccessorCode))!, on.Value, carries) : null;
    }

    private static bool Required(MappedRow row, string field, string? code, List<UnitCatalogueError> errors)
    {
        if (row.Cell(field) is not null)
        {
            return true;
        }

        errors.Add(UnitCatalogueError.Create(row.File, row.Number, row.HeaderOf(field), ErrorCodes.UnitFieldRequired, code ?? string.Empty, row.HeaderOf(field)));
        return false;
    }

    private static DateOnly? Date(MappedRow row, string field, string? code, bool required, List<UnitCatalogueError> errors)
    {
        if (row.Cell(field) is not { } text)
        {
            if (required)
            {
                Required(row, field, code, errors);
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(UnitCatalogueError.Create(row.File, row.Number, row.HeaderOf(field), ErrorCodes.UnitValueInvalid, row.HeaderOf(field), text, "ngày phải viết yyyy-MM-dd hoặc dd/MM/yyyy", "a date is written yyyy-MM-dd or dd/MM/yyyy"));
        return null;
    }

    /// <summary>A file row with the position of each field's column.</summary>
    private sealed record MappedRow(string File, UnitFileRow Row, Dictionary<string, int> Map)
    {
        public int Number => Row.Number;

        public string? Cell(string field) =>
            Map.TryGetValue(field, out var i) && i < Row.Cells.Count && Row.Cells[i] is { } cell && !string.IsNullOrWhiteSpace(cell) ? cell.Trim() : null;

        /// <summary>The header of the column that fills <paramref name="field"/> (a model field name maps to its column); the field itself otherwise.</summary>
        public string HeaderOf(string field)
        {
            var key = field == nameof(UnitVersion.Name) ? nameof(UnitName.Vi) : field;
            return Map.TryGetValue(key, out var i) ? Row.Headers[i] : field;
        }
    }
}
