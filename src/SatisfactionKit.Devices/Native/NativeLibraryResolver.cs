using System.Reflection;
using System.Runtime.InteropServices;

namespace SatisfactionKit.Devices.Native;

/// <summary>
/// The one DllImport resolver of this assembly (.NET allows only one per assembly), shared by the
/// native library folders: "libc" becomes the main program's handle on Linux so that LD_PRELOAD
/// interposers (umockdev in tests) see the calls, and "libusb-1.0" is looked up by each OS's file name.
/// </summary>
internal static class NativeLibraryResolver
{
    public const string Libc = "libc";
    public const string LibUsb = "libusb-1.0";

    private static int s_registered;

    public static void Ensure()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
        }
    }

    /// <summary>The file names tried for libusb on this OS, most specific first.</summary>
    internal static string[] LibUsbCandidates() =>
        OperatingSystem.IsWindows() ? ["libusb-1.0.dll"]
        : OperatingSystem.IsMacOS() ? ["libusb-1.0.0.dylib", "/opt/homebrew/lib/libusb-1.0.0.dylib", "/usr/local/lib/libusb-1.0.0.dylib"]
        : ["libusb-1.0.so.0", "libusb-1.0.so"];

    /// <summary>What to do when libusb cannot be loaded, in English and Vietnamese.</summary>
    internal static string LibUsbNotFound =>
        $"libusb-1.0 was not found (tried {string.Join(", ", LibUsbCandidates())}). " +
        "Install it: 'apt install libusb-1.0-0' (Debian/Ubuntu), 'brew install libusb' (macOS), or put libusb-1.0.dll next to the program (Windows). / " +
        "Không tìm thấy thư viện libusb-1.0: hãy cài đặt gói libusb-1.0-0 (Linux), libusb (macOS) hoặc đặt libusb-1.0.dll cạnh chương trình (Windows).";

    /// <summary>Whether libusb-1.0 can be loaded on this machine (checked at start by <c>UseLibUsb()</c>).</summary>
    internal static bool CanLoadLibUsb() => TryLoadLibUsb(typeof(NativeLibraryResolver).Assembly, null, out _);

    private static bool TryLoadLibUsb(Assembly assembly, DllImportSearchPath? searchPath, out IntPtr handle)
    {
        foreach (var candidate in LibUsbCandidates())
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out handle))
            {
                return true;
            }
        }

        handle = IntPtr.Zero;
        return false;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == Libc && OperatingSystem.IsLinux())
        {
            return NativeLibrary.GetMainProgramHandle();
        }

        if (libraryName == LibUsb)
        {
            return TryLoadLibUsb(assembly, searchPath, out var handle) ? handle : throw new DllNotFoundException(LibUsbNotFound);
        }

        return IntPtr.Zero;
    }
}
