using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace SatisfactionKit.Devices.Native.SetupApi;

/// <summary>The setupapi.dll calls that list device interfaces (GUID_DEVINTERFACE_HID).</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class SetupApi
{
    public const string Name = "setupapi.dll";

    public const uint DigcfPresent = 0x02;
    public const uint DigcfDeviceInterface = 0x10;
    public const int ErrorNoMoreItems = 259;
    public const int ErrorInsufficientBuffer = 122;

    /// <summary>GUID_DEVINTERFACE_HID.</summary>
    public static readonly Guid HidInterface = new("4D1E55B2-F16F-11CF-88CB-001111000030");

    [LibraryImport(Name, EntryPoint = "SetupDiGetClassDevsW", SetLastError = true)]
    public static partial SafeDeviceInfoSet GetClassDevs(in Guid classGuid, IntPtr enumerator, IntPtr parentWindow, uint flags);

    [LibraryImport(Name, EntryPoint = "SetupDiDestroyDeviceInfoList", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool DestroyDeviceInfoList(IntPtr deviceInfoSet);

    [LibraryImport(Name, EntryPoint = "SetupDiEnumDeviceInterfaces", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool EnumDeviceInterfaces(SafeDeviceInfoSet deviceInfoSet, IntPtr deviceInfoData, in Guid interfaceClassGuid, uint memberIndex, ref DeviceInterfaceData deviceInterfaceData);

    [LibraryImport(Name, EntryPoint = "SetupDiGetDeviceInterfaceDetailW", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool GetDeviceInterfaceDetail(SafeDeviceInfoSet deviceInfoSet, ref DeviceInterfaceData deviceInterfaceData, byte* detail, uint detailSize, out uint requiredSize, IntPtr deviceInfoData);

    /// <summary>The cbSize SP_DEVICE_INTERFACE_DETAIL_DATA_W wants: a DWORD and one WCHAR, packed to 6 bytes on x86 and 8 on 64-bit.</summary>
    public static uint DetailDataSize => IntPtr.Size == 8 ? 8u : 6u;

    /// <summary>SP_DEVICE_INTERFACE_DATA.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct DeviceInterfaceData
    {
        public uint Size;
        public Guid InterfaceClassGuid;
        public uint Flags;
        public UIntPtr Reserved;
    }
}
