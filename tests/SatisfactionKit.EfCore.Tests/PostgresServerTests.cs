using Npgsql;
using SatisfactionKit.Testing;

namespace SatisfactionKit.EfCore.Tests;

/// <summary>The PostgreSQL server the test script starts is there and usable.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task A_table_is_created_and_read_back_on_the_test_server()
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var table = $"probe_{Guid.NewGuid():N}";
        await using (var create = new NpgsqlCommand($"CREATE TABLE {table} (id int PRIMARY KEY, label text NOT NULL); INSERT INTO {table} VALUES (1, 'Hài lòng');", connection))
        {
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var read = new NpgsqlCommand($"SELECT label FROM {table} WHERE id = 1", connection);
        var label = (string?)await read.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        await using var drop = new NpgsqlCommand($"DROP TABLE {table}", connection);
        await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Hài lòng", label);
    }
}
