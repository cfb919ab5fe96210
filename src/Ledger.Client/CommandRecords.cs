using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ledger.Client;

/// <summary>Builds stream records (stream-format.md) for the typed calls.</summary>
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

    public static string Rate(decimal rate) => rate.ToString("0.######", CultureInfo.InvariantCulture);
}
