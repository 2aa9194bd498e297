using System.Security.Cryptography;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// The sample's HMAC key for verification codes and rating links: read from a file beside the database,
/// created with 32 random bytes on first start. A vendor takes the key from its own key store (Azure Key
/// Vault, a Kubernetes secret, DPAPI…) instead; the point is that it never sits in source control.
/// </summary>
public static class SigningKeyFile
{
    /// <summary>The key as base64, creating the file (readable by its owner only, on Unix) when it does not exist.</summary>
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            writer.Write(key);
        }

        return key;
    }
}
