namespace SatisfactionKit.Channels;

/// <summary>
/// Vietnamese phone numbers in one form for comparing: digits only, the country code 84 written as the
/// national 0 (<c>+84 912 345 678</c>, <c>84912345678</c> and <c>0912.345.678</c> are one number).
/// </summary>
internal static class PhoneNumbers
{
    public static string? Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11)
        {
            digits = "0" + digits[2..];
        }

        return digits.Length >= 9 ? digits : null;
    }
}
