using System.Reflection;
using System.Runtime.InteropServices;

namespace SatisfactionKit.Native;

/// <summary>
/// The one DllImport resolver of this assembly (.NET allows only one per assembly): "libcrypto" is
/// looked up by the file names OpenSSL 3 and 1.1 use on Linux, the same libraries .NET's own
/// cryptography loads there.
/// </summary>
internal static class NativeLibraryResolver
{
    public const string LibCrypto = "libcrypto";

    private static int s_registered;

    public static void Ensure()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
        }
    }

    /// <summary>The file names tried for libcrypto, newest first.</summary>
    internal static string[] LibCryptoCandidates() => ["libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so"];

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == LibCrypto && OperatingSystem.IsLinux())
        {
            foreach (var candidate in LibCryptoCandidates())
            {
                if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
                {
                    return handle;
                }
            }

            throw new DllNotFoundException($"libcrypto was not found (tried {string.Join(", ", LibCryptoCandidates())}).");
        }

        return IntPtr.Zero;
    }
}
