using System.Runtime.InteropServices;

namespace SatisfactionKit.Devices.Native.LibUsb;

/// <summary>The libusb-1.0 calls the libusb transport needs (libusb 1.0.20 or later).</summary>
internal static unsafe partial class LibUsb
{
    public const string Name = NativeLibraryResolver.LibUsb;

    public const int Success = 0;
    public const int ErrorIo = -1;
    public const int ErrorAccess = -3;
    public const int ErrorNoDevice = -4;
    public const int ErrorNotFound = -5;
    public const int ErrorBusy = -6;
    public const int ErrorTimeout = -7;
    public const int ErrorInterrupted = -10;
    public const int ErrorNotSupported = -12;

    public const uint CapHasHotplug = 0x0001;
    public const int HotplugArrived = 0x01;
    public const int HotplugLeft = 0x02;
    public const int HotplugMatchAny = -1;

    public const byte EndpointIn = 0x80;
    public const byte TransferTypeMask = 0x03;
    public const byte TransferTypeInterrupt = 0x03;

    static LibUsb() => NativeLibraryResolver.Ensure();

    [LibraryImport(Name, EntryPoint = "libusb_init")]
    public static partial int Init(out SafeLibUsbContext context);

    [LibraryImport(Name, EntryPoint = "libusb_exit")]
    public static partial void Exit(IntPtr context);

    [LibraryImport(Name, EntryPoint = "libusb_has_capability")]
    public static partial int HasCapability(uint capability);

    [LibraryImport(Name, EntryPoint = "libusb_get_device_list")]
    public static partial nint GetDeviceList(SafeLibUsbContext context, out SafeLibUsbDeviceList list);

    [LibraryImport(Name, EntryPoint = "libusb_free_device_list")]
    public static partial void FreeDeviceList(IntPtr list, int unrefDevices);

    [LibraryImport(Name, EntryPoint = "libusb_get_device_descriptor")]
    public static partial int GetDeviceDescriptor(IntPtr device, out DeviceDescriptor descriptor);

    [LibraryImport(Name, EntryPoint = "libusb_get_bus_number")]
    public static partial byte GetBusNumber(IntPtr device);

    [LibraryImport(Name, EntryPoint = "libusb_get_device_address")]
    public static partial byte GetDeviceAddress(IntPtr device);

    [LibraryImport(Name, EntryPoint = "libusb_get_port_numbers")]
    public static partial int GetPortNumbers(IntPtr device, byte* ports, int length);

    [LibraryImport(Name, EntryPoint = "libusb_get_active_config_descriptor")]
    public static partial int GetActiveConfigDescriptor(IntPtr device, out ConfigDescriptor* config);

    [LibraryImport(Name, EntryPoint = "libusb_get_config_descriptor")]
    public static partial int GetConfigDescriptor(IntPtr device, byte index, out ConfigDescriptor* config);

    [LibraryImport(Name, EntryPoint = "libusb_free_config_descriptor")]
    public static partial void FreeConfigDescriptor(ConfigDescriptor* config);

    [LibraryImport(Name, EntryPoint = "libusb_open")]
    public static partial int Open(IntPtr device, out SafeLibUsbDeviceHandle handle);

    [LibraryImport(Name, EntryPoint = "libusb_close")]
    public static partial void Close(IntPtr handle);

    [LibraryImport(Name, EntryPoint = "libusb_get_string_descriptor_ascii")]
    public static partial int GetStringDescriptorAscii(SafeLibUsbDeviceHandle handle, byte index, byte* data, int length);

    [LibraryImport(Name, EntryPoint = "libusb_kernel_driver_active")]
    public static partial int KernelDriverActive(SafeLibUsbDeviceHandle handle, int interfaceNumber);

    [LibraryImport(Name, EntryPoint = "libusb_detach_kernel_driver")]
    public static partial int DetachKernelDriver(SafeLibUsbDeviceHandle handle, int interfaceNumber);

    [LibraryImport(Name, EntryPoint = "libusb_attach_kernel_driver")]
    public static partial int AttachKernelDriver(SafeLibUsbDeviceHandle handle, int interfaceNumber);

    [LibraryImport(Name, EntryPoint = "libusb_claim_interface")]
    public static partial int ClaimInterface(SafeLibUsbDeviceHandle handle, int interfaceNumber);

    [LibraryImport(Name, EntryPoint = "libusb_release_interface")]
    public static partial int ReleaseInterface(SafeLibUsbDeviceHandle handle, int interfaceNumber);

    [LibraryImport(Name, EntryPoint = "libusb_interrupt_transfer")]
    public static partial int InterruptTransfer(SafeLibUsbDeviceHandle handle, byte endpoint, byte* data, int length, out int transferred, uint timeoutMs);

    [LibraryImport(Name, EntryPoint = "libusb_control_transfer")]
    public static partial int ControlTransfer(SafeLibUsbDeviceHandle handle, byte requestType, byte request, ushort value, ushort index, byte* data, ushort length, uint timeoutMs);

    [LibraryImport(Name, EntryPoint = "libusb_hotplug_register_callback")]
    public static partial int HotplugRegisterCallback(
        SafeLibUsbContext context, int events, int flags, int vendorId, int productId, int deviceClass,
        delegate* unmanaged<IntPtr, IntPtr, int, IntPtr, int> callback, IntPtr userData, out int callbackHandle);

    [LibraryImport(Name, EntryPoint = "libusb_hotplug_deregister_callback")]
    public static partial void HotplugDeregisterCallback(SafeLibUsbContext context, int callbackHandle);

    [LibraryImport(Name, EntryPoint = "libusb_handle_events_timeout_completed")]
    public static partial int HandleEventsTimeoutCompleted(SafeLibUsbContext context, TimeVal* timeout, int* completed);

    [LibraryImport(Name, EntryPoint = "libusb_interrupt_event_handler")]
    public static partial void InterruptEventHandler(SafeLibUsbContext context);

    [LibraryImport(Name, EntryPoint = "libusb_error_name")]
    public static partial byte* ErrorName(int error);

    /// <summary>The symbolic name of a libusb error code, such as LIBUSB_ERROR_NO_DEVICE.</summary>
    public static string Describe(int error) => Marshal.PtrToStringUTF8((IntPtr)ErrorName(error)) ?? error.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [StructLayout(LayoutKind.Sequential)]
    public struct DeviceDescriptor
    {
        public byte Length;
        public byte DescriptorType;
        public ushort BcdUsb;
        public byte DeviceClass;
        public byte DeviceSubClass;
        public byte DeviceProtocol;
        public byte MaxPacketSize0;
        public ushort VendorId;
        public ushort ProductId;
        public ushort BcdDevice;
        public byte Manufacturer;
        public byte Product;
        public byte SerialNumber;
        public byte NumConfigurations;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ConfigDescriptor
    {
        public byte Length;
        public byte DescriptorType;
        public ushort TotalLength;
        public byte NumInterfaces;
        public byte ConfigurationValue;
        public byte Configuration;
        public byte Attributes;
        public byte MaxPower;
        public Interface* Interfaces;
        public byte* Extra;
        public int ExtraLength;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Interface
    {
        public InterfaceDescriptor* AltSettings;
        public int NumAltSettings;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct InterfaceDescriptor
    {
        public byte Length;
        public byte DescriptorType;
        public byte InterfaceNumber;
        public byte AlternateSetting;
        public byte NumEndpoints;
        public byte InterfaceClass;
        public byte InterfaceSubClass;
        public byte InterfaceProtocol;
        public byte InterfaceString;
        public EndpointDescriptor* Endpoints;
        public byte* Extra;
        public int ExtraLength;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct EndpointDescriptor
    {
        public byte Length;
        public byte DescriptorType;
        public byte EndpointAddress;
        public byte Attributes;
        public ushort MaxPacketSize;
        public byte Interval;
        public byte Refresh;
        public byte SynchAddress;
        public byte* Extra;
        public int ExtraLength;
    }

    /// <summary>struct timeval: C long fields (32-bit on Windows, pointer-sized elsewhere).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct TimeVal
    {
        public CLong Seconds;
        public CLong Microseconds;
    }
}
