using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The sample host in this process (its own Program, settings and services), so that a test can read what it mapped
/// from its EndpointDataSource. A fresh SQLite file and keys, the test password, device enrollment on (every endpoint
/// the sample can map is mapped).
/// </summary>
internal sealed class SampleHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings = SampleHostProcess.FreshSqliteSettings();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
        }

        builder.UseSetting("SampleHost:DeviceEnrollment", "true");
    }

    /// <summary>The SQLite file this host uses (to check the settings reached it).</summary>
    public string DatabaseFile => _settings["SampleHost__SqliteFile"];
}
