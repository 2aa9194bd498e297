using System.Reflection;
using System.Runtime.InteropServices;

namespace SatisfactionKit.Devices.Native.Libc;

/// <summary>
/// Resolves "libc" to the main program's handle on Linux, so that libc calls go through the
/// process's symbol lookup and LD_PRELOAD interposers (umockdev in tests) see them; a direct
/// dlopen of libc.so.6 would bypass the interposer.
/// </summary>
internal static class LibcLibrary
{
    public const string Name = "libc";

    private static int s_registered;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(LibcLibrary).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == Name && OperatingSystem.IsLinux())
        {
            return NativeLibrary.GetMainProgramHandle();
        }

        return IntPtr.Zero;
    }
}
