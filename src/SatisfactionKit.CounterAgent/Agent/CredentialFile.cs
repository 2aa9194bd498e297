using System.Text.Json;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// The credential file: JSON, written to a new file with owner-only permissions (0600 on Linux; on Windows the
/// folder's ACL, ProgramData\SatisfactionKit by the install steps) and then moved over the old one, so that a crash
/// leaves either the old or the new credential, never half of one.
/// </summary>
internal static class CredentialFile
{
    public static async ValueTask<DeviceCredential?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var credential = await JsonSerializer.DeserializeAsync(stream, AgentJsonContext.Default.DeviceCredential, cancellationToken).ConfigureAwait(false);
            return credential is { Credential.Length: > 0, CounterId.Length: > 0 } ? credential
                : throw new InvalidDataException($"Tệp thông tin xác thực {path} không hợp lệ; hãy ghi danh lại. / The credential file {path} is not valid; enroll again.");
        }
    }

    public static async ValueTask WriteAsync(string path, DeviceCredential credential, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(temporary, options);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, credential, AgentJsonContext.Default.DeviceCredential, cancellationToken).ConfigureAwait(false);
        }

        if (!OperatingSystem.IsWindows())
        {
            // An existing .new file keeps its old mode through FileMode.Create: set it in any case.
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, full, overwrite: true);
    }
}
