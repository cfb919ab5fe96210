using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ledger.Domain;

namespace Ledger.Client;

/// <summary>Builds stream records (stream-format.md) for the typed calls, and checks them with the ledger's own
/// parser before they are sent.</summary>
internal static class CommandRecords
{
    public static string Build(string type, string id, Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteString("id", id);
            fields(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every digit of <paramref name="value"/>, trailing zeros dropped, never rounded: a rate with more
    /// places than the ledger takes (6; 2 for a multiplier) is then refused as the ledger refuses it, rather
    /// than booked at a rate the caller did not ask for.</summary>
    public static string Decimal(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string FormatDayCount(DayCount dayCount) => dayCount switch
    {
        DayCount.Act360 => "ACT/360",
        DayCount.Act365 => "ACT/365",
        _ => dayCount.ToString(),
    };

    /// <summary>The answer the ledger would give a record that fails its shape check (the same parser decides),
    /// or null for a record worth sending.</summary>
    public static CommandResult? Refusal(string record)
    {
        var parsed = CommandParser.Parse(record);
        return parsed.Status == ParseStatus.Valid
            ? null
            : new CommandResult(parsed.Id, parsed.Reason.ToCode(), parsed.Field ?? "id", parsed.Message);
    }
}
