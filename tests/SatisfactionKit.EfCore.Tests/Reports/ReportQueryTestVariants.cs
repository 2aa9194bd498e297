namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>The report queries over a SQLite file.</summary>
public sealed class SqliteReportQueryTests : ReportQueryTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The report queries over PostgreSQL.</summary>
public sealed class PostgresReportQueryTests : ReportQueryTests
{
    protected override string Provider => "postgres";
}

/// <summary>The report queries over a SQLite file, reading the roll-ups kept by the fast path's writes.</summary>
public sealed class SqliteRollupReportQueryTests : ReportQueryTests
{
    protected override string Provider => "sqlite";

    protected override bool Rollups => true;
}

/// <summary>The report queries over PostgreSQL, reading the roll-ups kept through EF Core's portable statements.</summary>
public sealed class PostgresPortableRollupReportQueryTests : ReportQueryTests
{
    protected override string Provider => "postgres";

    protected override bool Rollups => true;
}

/// <summary>The report queries over PostgreSQL, reading the roll-ups kept by the group writes' array upserts.</summary>
public sealed class PostgresRollupReportQueryTests : ReportQueryTests
{
    protected override string Provider => "postgres";

    protected override bool BulkImport => true;

    protected override bool Rollups => true;
}
