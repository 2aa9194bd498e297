using System.Collections;
using System.Data.Common;
using System.Text.RegularExpressions;

namespace SatisfactionKit.EfCore.Tests.SqlServer;

/// <summary>
/// The answer of <see cref="OfflineSqlServer"/> to a command: for a <c>SaveChanges</c> batch, one row per
/// <c>OUTPUT 1</c> (each update "affected" its row); for a query, one row of default values when it is an
/// aggregate (<c>COUNT</c>, <c>EXISTS</c>, <c>MAX</c>…) or reads a chain head (the stores lock it and then read it), else none.
/// </summary>
internal sealed partial class OfflineReader : DbDataReader
{
    private readonly int[] _rows;
    private readonly bool _nulls;
    private int _set;
    private int _row = -1;

    public OfflineReader(string sql)
    {
        var body = Prelude().Replace(sql, string.Empty).TrimStart();
        var outputs = Regex.Count(body, @"\bOUTPUT 1\b");
        var aggregate = Aggregate().IsMatch(body);
        _nulls = Regex.IsMatch(body, @"^SELECT\s+(MAX|MIN)\(");
        _rows = outputs > 0
            ? [.. Enumerable.Repeat(1, outputs)]
            : [aggregate || (body.StartsWith("SELECT", StringComparison.Ordinal) && body.Contains("ChainHeads]", StringComparison.Ordinal)) ? 1 : 0];
    }

    public override int FieldCount => 64;

    public override int RecordsAffected => 1;

    public override bool HasRows => _rows[_set] > 0;

    public override bool IsClosed => false;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => throw new NotSupportedException();

    public override bool Read() => ++_row < _rows[_set];

    public override bool NextResult()
    {
        if (_set + 1 >= _rows.Length)
        {
            return false;
        }

        _set++;
        _row = -1;
        return true;
    }

    public override bool IsDBNull(int ordinal) => _nulls;

    public override T GetFieldValue<T>(int ordinal) => (T)Default(typeof(T));

    public override object GetValue(int ordinal) => 1;

    public override bool GetBoolean(int ordinal) => false;

    public override byte GetByte(int ordinal) => 1;

    public override short GetInt16(int ordinal) => 1;

    public override int GetInt32(int ordinal) => 1;

    public override long GetInt64(int ordinal) => 0;

    public override float GetFloat(int ordinal) => 0;

    public override double GetDouble(int ordinal) => 0;

    public override decimal GetDecimal(int ordinal) => 0;

    public override string GetString(int ordinal) => "x";

    public override char GetChar(int ordinal) => 'x';

    public override Guid GetGuid(int ordinal) => Guid.Empty;

    public override DateTime GetDateTime(int ordinal) => new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;

    public override string GetDataTypeName(int ordinal) => "int";

    public override Type GetFieldType(int ordinal) => typeof(int);

    public override string GetName(int ordinal) => $"c{ordinal}";

    public override int GetOrdinal(string name) => throw new NotSupportedException();

    public override int GetValues(object[] values) => 0;

    public override IEnumerator GetEnumerator() => Array.Empty<object>().GetEnumerator();

    private static object Default(Type type) => type switch
    {
        _ when type == typeof(string) => "x",
        _ when type == typeof(byte[]) => new byte[32],
        _ when type == typeof(DateTime) => new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc),
        _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
        _ when type == typeof(Guid) => Guid.Empty,
        _ when Nullable.GetUnderlyingType(type) is { } inner => Default(inner),
        _ when type.IsValueType => Activator.CreateInstance(type)!,
        _ => throw new NotSupportedException(type.Name),
    };

    [GeneratedRegex(@"^(SET [^;]*;\s*)+")]
    private static partial Regex Prelude();

    [GeneratedRegex(@"^SELECT\s+(CASE\s+WHEN\s+EXISTS|IIF\(EXISTS|COUNT\(|COUNT_BIG\(|MAX\(|MIN\(|COALESCE\(SUM)")]
    private static partial Regex Aggregate();
}
