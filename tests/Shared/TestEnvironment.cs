namespace SatisfactionKit.Testing;

/// <summary>
/// The outside parts some tests need (a PostgreSQL server, Redis, umockdev, socat, Chromium) and what to do
/// when one is missing: under <c>./scripts/test.sh</c> (which sets
/// <c>SATISFACTIONKIT_REQUIRE_EXTERNALS=1</c>) the test fails; run by hand it is skipped with a
/// message that names the script.
/// </summary>
internal static class TestEnvironment
{
    public const string TestScript = "./scripts/test.sh";
    public const string PostgresVariable = "SATISFACTIONKIT_TEST_POSTGRES";
    public const string PostgresReplicaVariable = "SATISFACTIONKIT_TEST_POSTGRES_REPLICA";
    public const string RedisVariable = "SATISFACTIONKIT_TEST_REDIS";

    public static bool ExternalsRequired =>
        Environment.GetEnvironmentVariable("SATISFACTIONKIT_REQUIRE_EXTERNALS") == "1";

    /// <summary>The connection string of the throw-away PostgreSQL server the test script started.</summary>
    public static string PostgresConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Missing($"PostgreSQL ({PostgresVariable} is not set)");
        }

        return value!;
    }

    /// <summary>The connection string of the streaming replica of that server (a hot standby) the test script started.</summary>
    public static string PostgresReplicaConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresReplicaVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Missing($"a PostgreSQL streaming replica ({PostgresReplicaVariable} is not set)");
        }

        return value!;
    }

    /// <summary>The address (StackExchange.Redis configuration) of the throw-away Redis the test script started.</summary>
    public static string RedisConfiguration()
    {
        var value = Environment.GetEnvironmentVariable(RedisVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Missing($"Redis ({RedisVariable} is not set)");
        }

        return value!;
    }

    /// <summary>The full path of a program the test runs, such as <c>umockdev-run</c> or <c>socat</c>.</summary>
    public static string Tool(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Missing($"the program '{name}'");
        return name;
    }

    /// <summary>Fails under the test script, skips otherwise.</summary>
    public static void Missing(string what)
    {
        var message = $"This test needs {what}. Run it through {TestScript}, which installs and starts it.";
        if (ExternalsRequired)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
