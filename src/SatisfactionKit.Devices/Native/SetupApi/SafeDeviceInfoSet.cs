using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace SatisfactionKit.Devices.Native.SetupApi;

/// <summary>An HDEVINFO, destroyed with SetupDiDestroyDeviceInfoList.</summary>
[SupportedOSPlatform("windows")]
internal sealed class SafeDeviceInfoSet : SafeHandleZeroOrMinusOneIsInvalid
{
    public SafeDeviceInfoSet()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => SetupApi.DestroyDeviceInfoList(handle);
}
