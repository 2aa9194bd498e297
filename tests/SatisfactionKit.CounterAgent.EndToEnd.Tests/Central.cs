using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using SatisfactionKit.AspNetCore.Tests;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.EndToEnd.Tests;

/// <summary>What the end-to-end tests read on the server's side: rows in its SQLite file, the officer's view, free ports.</summary>
internal static class Central
{
    /// <summary>Rows of a table for a counter, read with SQL from the central SQLite file.</summary>
    public static long RowsOf(string database, string table, string counter)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=30");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE \"CounterId\" = $counter";
        count.Parameters.AddWithValue("$counter", counter);
        return (long)count.ExecuteScalar()!;
    }

    public static long Strays(string database, string counter) => RowsOf(database, "SK_StrayPresses", counter);

    public static long Ratings(string database, string counter) => RowsOf(database, "SK_Ratings", counter);

    /// <summary>Waits (up to 30 s) until <paramref name="condition"/> holds; the message says what was awaited.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("not reached in 30 s: " + what());
    }

    public static Task WaitUntilAsync(Func<bool> condition, Func<string> what) => WaitUntilAsync(() => Task.FromResult(condition()), what);

    public static async Task WaitForOfficerAsync(HttpClient officer, string counter, OfficerPromptState state, Func<string>? log = null)
    {
        var last = (OfficerPromptState?)null;
        await WaitUntilAsync(
            async () => (last = (await CounterFlow.StatusAsync(officer, counter)).State) == state,
            () => $"officer's view of {counter} is {last}, not {state}\n{log?.Invoke()}");
    }

    public static string FreeUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }
}
