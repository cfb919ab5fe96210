using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Ledger.Silo.Tests.Api;

/// <summary>Seeded generator of hostile request bodies: stream records of every type with mutated fields (wrong
/// JSON types, huge or fractional numbers, removed, renamed or duplicated fields, deep nesting), truncated or
/// byte-flipped JSON, and plain random bytes. Every body fits the single-command size limit.</summary>
internal sealed class FuzzBodies(Random random)
{
    private const int MaxBodyBytes = 60 * 1024;

    private static readonly string[] Types =
    [
        "SetBusinessDate", "EndOfDay", "OpenBorrower", "SetBorrowerLimit", "FreezeBorrower", "UnfreezeBorrower",
        "OpenCreditLine", "Draw", "Repay", "ChangeRate", "CloseLine", "OpenOrder", "ReleaseTranche", "RepayOrder",
        "CancelOrder", "ExtendLine", "ExtendOrder",
    ];

    private static readonly string[] Borrowers = ["FZ1", "FZ2", "FZ3", "NOPE"];

    /// <summary>Raw JSON values that stress a parser or a range check, in place of a field's value.</summary>
    private static readonly string[] WeirdValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "-0", "1e2", "1E+2", "0.1e1", "1e400", "-1e400",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "10000000000000", "10000000000001", "1000000000000000", "1000000000000001",
        "123456789012345678901234567890123456789012345678901234567890", "\"\"", "\"x\"", "\"0\"", "\"1e2\"",
        "\"NaN\"", "\"Infinity\"", "\"-0.0000001\"", "\"0.0000001\"", "\"1.0000001\"", "\"5.01\"", "\"2024-02-29\"",
        "\"2024-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2024-3-1\"", "\" 2024-03-01\"", "\"ACT/366\"",
        "\"act/360\"", "[]", "{}", "[1,2,3]", "{\"amount\":5}", "[{\"amount\":-1}]", "[{}]", "[null]",
        "[{\"amount\":1,\"releaseDate\":\"2023-01-01\"}]", "\"\\u0000\"", "\"\\ud800\"",
        "\"𝔘𝔫𝔦𝔠𝔬𝔡𝔢\"",
        "\"a/b\"", "\"a b\"", "\"" + new string('x', 129) + "\"", "\"" + new string('7', 5000) + "\"",
    ];

    /// <summary>A body for <c>/v1/commands</c>: mostly records, some well-formed (so that the ledger's rules run
    /// too), most mutated; the rest broken text, random bytes or deep nesting.</summary>
    public byte[] NextSingleBody() => random.Next(20) switch
    {
        < 5 => Encoding.UTF8.GetBytes(Record()),
        < 13 => Encoding.UTF8.GetBytes(MutatedRecord(deep: true)),
        < 16 => TextMutation(Encoding.UTF8.GetBytes(Record())),
        < 18 => RandomBytes(),
        _ => Encoding.UTF8.GetBytes(DeepNesting(maxDepth: int.MaxValue)),
    };

    /// <summary>A body for <c>/v1/commands/batch</c>: mostly JSON arrays of records (well-formed, mutated, or not
    /// records at all), some arrays broken as text, some bodies that are no array.</summary>
    public byte[] NextBatchBody()
    {
        var mode = random.Next(10);
        if (mode < 2)
        {
            return NextSingleBody();
        }

        var items = Enumerable.Range(0, random.Next(0, 25)).Select(_ => random.Next(10) switch
        {
            < 4 => Record(),
            < 9 => MutatedRecord(deep: mode == 9),
            _ => random.Next(2) == 0 ? Pick(WeirdValues) : DeepNesting(maxDepth: 60),
        });
        var body = Encoding.UTF8.GetBytes("[" + string.Join(",", items) + "]");
        return mode == 9 ? TextMutation(body) : body;
    }

    /// <summary>A well-formed record of a random type.</summary>
    private string Record() => RecordNode().ToJsonString();

    private JsonObject RecordNode()
    {
        var type = Pick(Types);
        // Ids repeat now and then: retries (same content) and conflicts (other content) happen too.
        var id = "f" + random.Next(2000).ToString(CultureInfo.InvariantCulture);
        var node = new JsonObject { ["type"] = type, ["id"] = id };
        var borrower = Pick(Borrowers);
        switch (type)
        {
            case "SetBusinessDate" or "EndOfDay":
                node["date"] = Date();
                break;
            case "OpenBorrower" or "SetBorrowerLimit":
                node["borrower"] = borrower;
                node["limit"] = Amount();
                break;
            case "FreezeBorrower" or "UnfreezeBorrower":
                node["borrower"] = borrower;
                break;
            case "OpenCreditLine":
                node["borrower"] = borrower;
                node["line"] = Line();
                node["limit"] = Amount();
                node["rate"] = Rate();
                node["expiryDate"] = Date();
                node["maturityDate"] = Date();
                node["dayCount"] = random.Next(2) == 0 ? "ACT/360" : "ACT/365";
                node["penaltyMultiplier"] = Pick(["1", "1.5", "2.25", "5"]);
                break;
            case "Draw" or "Repay":
                node["borrower"] = borrower;
                node["line"] = Line();
                node["amount"] = Amount();
                break;
            case "ChangeRate":
                node["borrower"] = borrower;
                node["line"] = Line();
                node["rate"] = Rate();
                node["effectiveDate"] = Date();
                break;
            case "CloseLine":
                node["borrower"] = borrower;
                node["line"] = Line();
                break;
            case "OpenOrder":
                node["borrower"] = borrower;
                node["order"] = Order();
                node["supplier"] = "S" + random.Next(3).ToString(CultureInfo.InvariantCulture);
                node["rate"] = Rate();
                node["maturityDate"] = Date();
                node["tranches"] = Tranches();
                break;
            case "ReleaseTranche":
                node["borrower"] = borrower;
                node["order"] = Order();
                node["tranche"] = random.Next(0, 6);
                break;
            case "RepayOrder":
                node["borrower"] = borrower;
                node["order"] = Order();
                node["amount"] = Amount();
                break;
            case "ExtendLine":
                node["borrower"] = borrower;
                node["line"] = Line();
                node["maturityDate"] = Date();
                break;
            case "ExtendOrder":
                node["borrower"] = borrower;
                node["order"] = Order();
                node["maturityDate"] = Date();
                break;
            default:
                node["borrower"] = borrower;
                node["order"] = Order();
                break;
        }

        return node;
    }

    /// <summary>A record with one to three field-level mutations, written as JSON text (raw values are spliced in
    /// as text, since some are not representable as nodes).</summary>
    private string MutatedRecord(bool deep)
    {
        var node = RecordNode();
        var raw = new Dictionary<string, string>();
        for (var n = random.Next(1, 3); n > 0; n--)
        {
            var keys = node.Select(p => p.Key).ToList();
            switch (random.Next(7))
            {
                case 0 or 1 or 2:
                    raw[Pick(keys)] = Pick(WeirdValues);
                    break;
                case 3:
                    var removed = Pick(keys);
                    node.Remove(removed);
                    raw.Remove(removed);
                    break;
                case 4:
                    node["extra" + random.Next(3).ToString(CultureInfo.InvariantCulture)] = random.Next();
                    break;
                case 5:
                    node["type"] = Pick([.. Types, "draw", "DRAW", "", "Draw ", "Unknown"]);
                    break;
                default:
                    raw[Pick(keys)] = DeepNesting(deep ? int.MaxValue : 60);
                    break;
            }
        }

        var text = new StringBuilder("{");
        foreach (var (key, value) in node)
        {
            text.Append(text.Length > 1 ? "," : string.Empty).Append('"').Append(key).Append("\":")
                .Append(raw.TryGetValue(key, out var rawValue) ? rawValue : value?.ToJsonString() ?? "null");
        }

        if (random.Next(8) == 0 && node.Count > 0)
        {
            // A duplicated key, which JsonObject cannot hold.
            var key = Pick(node.Select(p => p.Key).ToList());
            text.Append(",\"").Append(key).Append("\":").Append(Pick(WeirdValues));
        }

        return text.Append('}').ToString();
    }

    private byte[] TextMutation(byte[] body)
    {
        switch (random.Next(5))
        {
            case 0:
                return body[..random.Next(body.Length + 1)];
            case 1:
                var flipped = (byte[])body.Clone();
                for (var n = random.Next(1, 4); n > 0 && flipped.Length > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 2:
                var at = random.Next(body.Length + 1);
                return [.. body[..at], .. RandomBytes(8), .. body[at..]];
            case 3:
                return [0xEF, 0xBB, 0xBF, .. body];
            default:
                return [.. Encoding.UTF8.GetBytes(" \r\n\t"), .. body, .. Encoding.UTF8.GetBytes(" {}")];
        }
    }

    private byte[] RandomBytes(int maxLength = 300)
    {
        var bytes = new byte[random.Next(maxLength + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Nested arrays or objects, from just past the parsers' depth limits to far beyond them.</summary>
    private string DeepNesting(int maxDepth)
    {
        var depth = Pick([.. new[] { 15, 16, 17, 60, 63, 64, 65, 1000, 10_000 }.Where(d => d <= maxDepth)]);
        var closed = random.Next(4) != 0;
        return random.Next(2) == 0
            ? new string('[', depth) + "1" + (closed ? new string(']', depth) : string.Empty)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1"
                + (closed ? new string('}', depth) : string.Empty);
    }

    private JsonArray Tranches()
    {
        var tranches = new JsonArray();
        for (var n = random.Next(10) == 0 ? random.Next(60, 70) : random.Next(1, 5); n > 0; n--)
        {
            var tranche = new JsonObject { ["amount"] = Amount() };
            if (random.Next(2) == 0)
            {
                tranche["releaseDate"] = Date();
            }

            tranches.Add(tranche);
        }

        return tranches;
    }

    private long Amount() => random.Next(6) switch
    {
        0 => 1,
        1 => 10_000_000_000_000,
        2 => 1_000_000_000_000_000,
        _ => random.NextInt64(1, 100_000_000),
    };

    private string Rate() => Pick(["0", "0.0395", "0.15", "1", "0.000001"]);

    private string Date() => new DateOnly(2024, 3, 1).AddDays(random.Next(-2, 40)).ToString("yyyy-MM-dd",
        CultureInfo.InvariantCulture);

    private string Line() => Pick(["L1", "L2", "L3"]);

    private string Order() => Pick(["O1", "O2", "O3"]);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A printable account of a body for a failure message.</summary>
    public static string Describe(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var shown = text.Length > 300 ? text[..300] + $"... ({body.Length} bytes)" : text;
        return Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(body)
            ? shown
            : "base64:" + Convert.ToBase64String(body[..Math.Min(body.Length, 300)]);
    }
}
