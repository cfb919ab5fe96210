using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ledger.Testing;

/// <summary>One way a valid record was broken: its JSON text and the field a strict parser must name.</summary>
/// <param name="Kind">What was done (<c>extra</c>, <c>miscased</c>, <c>renamed</c>, <c>doubled</c>, with
/// <c>tranche-</c> in front for a tranche object's field), for a readable failure.</param>
public sealed record FieldMutation(string Kind, string Record, string Field)
{
    public override string ToString() => $"{Kind} {Field}: {Record}";
}

/// <summary>Seeded variants of a valid stream record that a strict parser (stream-format.md: records are strict)
/// must refuse as <c>INVALID_COMMAND</c> naming one field: a field the type does not list (plausible misspellings
/// and random names), a listed field in another case (beside the right one, or in its place), a field given twice
/// (same or another value, before or after the first), and the same inside a tranche object
/// (<c>tranches[i].field</c>). The offending field lands at a random position among the others.</summary>
public static class StrictFieldMutations
{
    private static readonly string[] Misspellings =
    [
        "note", "daycount", "DayCount", "penaltyMultipler", "penalty_multiplier", "maturity", "expiry", "amt",
        "Amount", "borrowerId", "lineId", "orderId", "tranche_", "rate ", " id", "force", "comment", "memo", "ID",
        "Type", "__proto__", "constructor", "dayCount\u0000", "amount2", "releasedate", "suppliers",
    ];

    /// <summary>The variants of <paramref name="validRecord"/> (a JSON object whose fields are all listed in
    /// <paramref name="allowedFields"/>); <paramref name="perKind"/> random picks of each kind on top of one
    /// variant per field.</summary>
    public static List<FieldMutation> Of(string validRecord, IReadOnlyCollection<string> allowedFields, Random random,
        int perKind = 4)
    {
        var fields = Fields(validRecord);
        var mutations = new List<FieldMutation>();
        foreach (var name in PickUnknown(allowedFields, random, perKind))
        {
            mutations.Add(new("extra", Write(Insert(fields, random, name, RandomValue(random))), name));
        }

        foreach (var (name, raw) in fields)
        {
            var miscased = Miscase(name, allowedFields, random);
            mutations.Add(new("miscased", Write(Insert(fields, random, miscased, raw)), miscased));
            if (name is not ("type" or "id"))
            {
                // In place of the right one: a required field is then missing too, but the unknown one is named.
                var renamed = fields.Select(f => f.Name == name ? (miscased, f.Raw) : f).ToList();
                mutations.Add(new("renamed", Write(renamed), miscased));
            }

            // The type keeps its value: another type would be refused as unknown before the doubling is seen.
            var other = name == "type" || random.Next(2) == 0 ? raw : OtherValue(raw);
            mutations.Add(new("doubled", Write(Insert(fields, random, name, other)), name));
        }

        AddTrancheMutations(fields, random, mutations);
        return mutations;
    }

    /// <summary>The record's fields in order, each as its name and raw JSON value.</summary>
    public static List<(string Name, string Raw)> Fields(string record)
    {
        using var document = JsonDocument.Parse(record);
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText()))];
    }

    /// <summary>A JSON object written from fields in order, a name repeated as often as it is listed (which
    /// <c>JsonObject</c> cannot do).</summary>
    public static string Write(IEnumerable<(string Name, string Raw)> fields)
    {
        var text = new StringBuilder("{");
        foreach (var (name, raw) in fields)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append(JsonSerializer.Serialize(name)).Append(':').Append(raw);
        }

        return text.Append('}').ToString();
    }

    private static void AddTrancheMutations(List<(string Name, string Raw)> fields, Random random,
        List<FieldMutation> mutations)
    {
        var index = fields.FindIndex(f => f.Name == "tranches");
        if (index < 0)
        {
            return;
        }

        string[] trancheFields = ["amount", "releaseDate"];
        var tranches = JsonSerializer.Deserialize<JsonElement[]>(fields[index].Raw)!;
        for (var t = 0; t < tranches.Length; t++)
        {
            var own = Fields(tranches[t].GetRawText());
            var prefix = string.Create(CultureInfo.InvariantCulture, $"tranches[{t}].");
            var unknown = PickUnknown(trancheFields, random, 1)[0];
            var changed = new List<(string Kind, List<(string, string)> Tranche, string Field)>
            {
                ("tranche-extra", Insert(own, random, unknown, RandomValue(random)), unknown),
            };
            foreach (var (name, raw) in own)
            {
                var miscased = Miscase(name, trancheFields, random);
                changed.Add(("tranche-miscased", Insert(own, random, miscased, raw), miscased));
                changed.Add(("tranche-doubled", Insert(own, random, name, raw), name));
            }

            foreach (var (kind, tranche, field) in changed)
            {
                var array = tranches.Select((e, i) => i == t ? Write(tranche) : e.GetRawText());
                var record = fields.Select((f, i) => i == index ? (f.Name, "[" + string.Join(",", array) + "]") : f);
                mutations.Add(new(kind, Write(record), prefix + field));
            }
        }
    }

    private static List<(string Name, string Raw)> Insert(List<(string Name, string Raw)> fields, Random random,
        string name, string raw)
    {
        var copy = new List<(string, string)>(fields);
        copy.Insert(random.Next(copy.Count + 1), (name, raw));
        return copy;
    }

    private static List<string> PickUnknown(IReadOnlyCollection<string> allowed, Random random, int count)
    {
        var names = new List<string>();
        while (names.Count < count)
        {
            var name = random.Next(3) == 0 ? RandomName(random) : Misspellings[random.Next(Misspellings.Length)];
            if (!allowed.Contains(name, StringComparer.Ordinal) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string RandomName(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        var chars = new char[random.Next(1, 16)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = letters[random.Next(letters.Length)];
        }

        return new string(chars);
    }

    /// <summary><paramref name="name"/> with the case of one or more letters changed, not another allowed name.
    /// </summary>
    private static string Miscase(string name, IReadOnlyCollection<string> allowed, Random random)
    {
        while (true)
        {
            var candidate = random.Next(4) switch
            {
                0 => char.ToUpperInvariant(name[0]) + name[1..],
                1 => name.ToUpperInvariant(),
                2 => name.ToLowerInvariant(),
                _ => FlipOne(name, random),
            };
            if (candidate != name && !allowed.Contains(candidate, StringComparer.Ordinal))
            {
                return candidate;
            }
        }
    }

    private static string FlipOne(string name, Random random)
    {
        var chars = name.ToCharArray();
        var i = random.Next(chars.Length);
        chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    private static string RandomValue(Random random) => random.Next(6) switch
    {
        0 => "\"x\"",
        1 => "1",
        2 => "null",
        3 => "true",
        4 => "\"ACT/365\"",
        _ => "{\"a\":[1]}",
    };

    /// <summary>A value of the same JSON kind that differs from <paramref name="raw"/>.</summary>
    private static string OtherValue(string raw) => raw switch
    {
        ['"', .., '"'] when raw.Length > 2 => raw[..^2] + (raw[^2] == '1' ? "2" : "1") + "\"",
        ['[', ..] => raw,
        _ when long.TryParse(raw, CultureInfo.InvariantCulture, out var n) => (n == 1 ? 2 : 1).ToString(
            CultureInfo.InvariantCulture),
        _ => raw,
    };
}
