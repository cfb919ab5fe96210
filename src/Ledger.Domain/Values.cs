using System.Globalization;

namespace Ledger.Domain;

/// <summary>Parsing and range rules for the values a command carries (semantics §1, §7).</summary>
public static class Values
{
    public const long MaxAmountMinor = 10_000_000_000_000; // 10^13
    public const long MaxLimitMinor = 1_000_000_000_000_000; // 10^15
    public const int MaxIdLength = 128;
    public const int MaxTranches = 64;

    /// <summary>1 to 128 characters of letters, digits, <c>-</c>, <c>_</c>, <c>.</c>, <c>:</c>.</summary>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValidAmount(long amountMinor) => amountMinor is >= 1 and <= MaxAmountMinor;

    public static bool IsValidLimit(long limitMinor) => limitMinor is >= 0 and <= MaxLimitMinor;

    /// <summary>A <c>YYYY-MM-DD</c> calendar date.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An annual rate, <c>0 ≤ rate ≤ 1</c> with at most 6 decimals, as micro-units.</summary>
    public static bool TryParseRate(string? text, out long rateMicros) =>
        TryParseFixed(text, 6, out rateMicros) && rateMicros <= Accrual.RateScale;

    /// <summary>A penalty multiplier, <c>1 ≤ m ≤ 5</c> with at most 2 decimals, as hundredths.</summary>
    public static bool TryParseMultiplier(string? text, out long multiplierHundredths) =>
        TryParseFixed(text, 2, out multiplierHundredths)
        && multiplierHundredths is >= Accrual.MultiplierScale and <= 5 * Accrual.MultiplierScale;

    public static bool TryParseDayCount(string? text, out DayCount dayCount)
    {
        dayCount = text switch
        {
            "ACT/360" => DayCount.Act360,
            "ACT/365" => DayCount.Act365,
            _ => 0,
        };
        return dayCount != 0;
    }

    public static string FormatDayCount(DayCount dayCount) => dayCount == DayCount.Act365 ? "ACT/365" : "ACT/360";

    /// <summary>Formats a scaled integer back as the shortest decimal string (39,500 at 6 places is "0.0395").</summary>
    public static string FormatFixed(long scaled, int decimals)
    {
        var scale = (long)Math.Pow(10, decimals);
        var whole = scaled / scale;
        var fraction = (scaled % scale).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0').TrimEnd('0');
        return fraction.Length == 0 ? whole.ToString(CultureInfo.InvariantCulture) : $"{whole}.{fraction}";
    }

    /// <summary>Plain decimal digits, optionally a point and 1..<paramref name="maxDecimals"/> digits; no sign,
    /// no exponent, no leading zeros beyond a single one.</summary>
    private static bool TryParseFixed(string? text, int maxDecimals, out long scaled)
    {
        scaled = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 24)
        {
            return false;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var wholePart = point < 0 ? text : text[..point];
        var fractionPart = point < 0 ? string.Empty : text[(point + 1)..];
        if (wholePart.Length == 0 || (wholePart.Length > 1 && wholePart[0] == '0') || wholePart.Length > 6)
        {
            return false;
        }

        if (point >= 0 && (fractionPart.Length == 0 || fractionPart.Length > maxDecimals))
        {
            return false;
        }

        if (!wholePart.All(char.IsAsciiDigit) || !fractionPart.All(char.IsAsciiDigit))
        {
            return false;
        }

        var scale = (long)Math.Pow(10, maxDecimals);
        var whole = long.Parse(wholePart, CultureInfo.InvariantCulture);
        var fraction = fractionPart.Length == 0
            ? 0
            : long.Parse(fractionPart.PadRight(maxDecimals, '0'), CultureInfo.InvariantCulture);
        scaled = (whole * scale) + fraction;
        return true;
    }
}
