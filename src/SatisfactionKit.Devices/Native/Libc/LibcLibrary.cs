namespace SatisfactionKit.Devices.Native.Libc;

/// <summary>
/// The name libc imports use; <see cref="NativeLibraryResolver"/> resolves it to the main
/// program's handle on Linux, so that libc calls go through the process's symbol lookup and
/// LD_PRELOAD interposers (umockdev in tests) see them; a direct dlopen of libc.so.6 would bypass the interposer.
/// </summary>
internal static class LibcLibrary
{
    public const string Name = NativeLibraryResolver.Libc;

    public static void EnsureResolver() => NativeLibraryResolver.Ensure();
}
