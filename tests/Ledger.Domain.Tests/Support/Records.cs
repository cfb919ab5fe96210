using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ledger.Domain.Tests.Support;

/// <summary>Builds stream records (stream-format.md) as JSON objects, so that tests can drop, replace or reorder
/// a field before serializing.</summary>
internal static class Records
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A record of <paramref name="type"/> with <paramref name="id"/> and the given fields, in order.
    /// A null value leaves the field out.</summary>
    public static JsonObject Of(string type, string id, params (string Name, JsonNode? Value)[] fields)
    {
        var record = new JsonObject { ["type"] = type, ["id"] = id };
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                record[name] = value;
            }
        }

        return record;
    }

    /// <summary>A tranche of an order: an amount and, when scheduled, a release date.</summary>
    public static JsonObject Tranche(long amountMinor, string? releaseDate = null)
    {
        var tranche = new JsonObject { ["amount"] = amountMinor };
        if (releaseDate is not null)
        {
            tranche["releaseDate"] = releaseDate;
        }

        return tranche;
    }

    public static JsonArray Tranches(IEnumerable<JsonObject> tranches) => new([.. tranches]);

    /// <summary>A copy of <paramref name="record"/> with field <paramref name="name"/> removed.</summary>
    public static JsonObject Without(this JsonObject record, string name)
    {
        var copy = record.Copy();
        copy.Remove(name);
        return copy;
    }

    /// <summary>A copy of <paramref name="record"/> with field <paramref name="name"/> set to the JSON text
    /// <paramref name="rawValue"/> (in place, keeping the field order).</summary>
    public static JsonObject With(this JsonObject record, string name, string rawValue)
    {
        var copy = record.Copy();
        copy[name] = JsonNode.Parse(rawValue);
        return copy;
    }

    /// <summary>A copy of <paramref name="record"/> with its fields in reverse order.</summary>
    public static JsonObject Reversed(this JsonObject record)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in record.Reverse())
        {
            copy[name] = value?.DeepClone();
        }

        return copy;
    }

    /// <summary>The record spread over several lines with indentation: the same JSON object, written
    /// differently.</summary>
    public static string ToIndentedJson(this JsonObject record) => record.ToJsonString(Indented);

    public static JsonObject Copy(this JsonObject record) => (JsonObject)record.DeepClone();
}
