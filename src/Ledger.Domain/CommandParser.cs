using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

namespace Ledger.Domain;

/// <summary>How a stream record came out of parsing.</summary>
public enum ParseStatus
{
    /// <summary>A well-formed command, ready for the ledger.</summary>
    Valid,

    /// <summary>A JSON object with a string id that fails its shape check: rejected at once, nothing recorded.</summary>
    ShapeRejected,

    /// <summary>Not a JSON object with a string id (invalid JSON included).</summary>
    Malformed,
}

/// <summary>The result of parsing one stream record. <see cref="Field"/> names the offending field of a shape
/// rejection; <see cref="Message"/> says what is wrong with it.</summary>
public sealed record ParseResult(
    ParseStatus Status, string? Id, LedgerCommand? Command, CommandOutcome Reason, string? Field, string? Message)
{
    public static ParseResult Valid(LedgerCommand command) =>
        new(ParseStatus.Valid, command.Id, command, CommandOutcome.Accepted, null, null);
}

/// <summary>Parses and validates stream records (stream-format.md) into typed commands: semantics §7 check 1,
/// with an error that names the field.</summary>
public static class CommandParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>The fields each record type lists (stream-format.md), <c>type</c> and <c>id</c> included. Records
    /// are strict: any other field, or one given twice, fails the shape check naming it, so that a misspelled
    /// optional field (<c>daycount</c>) can never fall back to its default.</summary>
    private static readonly FrozenDictionary<string, string[]> FieldsByType = new Dictionary<string, string[]>
    {
        ["SetBusinessDate"] = ["type", "id", "date"],
        ["EndOfDay"] = ["type", "id", "date"],
        ["OpenBorrower"] = ["type", "id", "borrower", "limit"],
        ["SetBorrowerLimit"] = ["type", "id", "borrower", "limit"],
        ["FreezeBorrower"] = ["type", "id", "borrower"],
        ["UnfreezeBorrower"] = ["type", "id", "borrower"],
        ["OpenCreditLine"] =
        [
            "type", "id", "borrower", "line", "limit", "rate", "expiryDate", "maturityDate", "dayCount",
            "penaltyMultiplier",
        ],
        ["Draw"] = ["type", "id", "borrower", "line", "amount"],
        ["Repay"] = ["type", "id", "borrower", "line", "amount"],
        ["ChangeRate"] = ["type", "id", "borrower", "line", "rate", "effectiveDate"],
        ["CloseLine"] = ["type", "id", "borrower", "line"],
        ["OpenOrder"] =
        [
            "type", "id", "borrower", "order", "supplier", "rate", "maturityDate", "tranches", "dayCount",
            "penaltyMultiplier",
        ],
        ["ReleaseTranche"] = ["type", "id", "borrower", "order", "tranche"],
        ["RepayOrder"] = ["type", "id", "borrower", "order", "amount"],
        ["CancelOrder"] = ["type", "id", "borrower", "order"],
        ["ExtendLine"] = ["type", "id", "borrower", "line", "maturityDate"],
        ["ExtendOrder"] = ["type", "id", "borrower", "order", "maturityDate"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] TrancheFields = ["amount", "releaseDate"];

    /// <summary>The record types, for clients and tests that walk every type.</summary>
    public static IEnumerable<string> RecordTypes => FieldsByType.Keys;

    /// <summary>The fields a record of <paramref name="type"/> may hold (<c>type</c> and <c>id</c> included);
    /// empty for an unknown type.</summary>
    public static IReadOnlyList<string> FieldsOf(string type) =>
        FieldsByType.TryGetValue(type, out var fields) ? fields : [];

    public static ParseResult Parse(ReadOnlyMemory<byte> utf8Record)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Record, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Malformed($"not valid JSON: {ex.Message}");
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    public static ParseResult Parse(string record) => Parse(record, hash: true);

    /// <summary>As <see cref="Parse(string)"/>, the same checks and the same result, but the command's
    /// <see cref="LedgerCommand.ContentHash"/> is left empty: for a client that only routes records by their borrower
    /// and answers malformed ones itself (the load tool's replay), and sends the record's text on, where the ledger
    /// parses it again. The hash (the record written canonically, then SHA-256) is about half of a parse's time
    /// (load-tests/README.md). Never for deciding or recording a command.</summary>
    public static ParseResult ParseToRoute(string record) => Parse(record, hash: false);

    private static ParseResult Parse(string record, bool hash)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record.AsMemory(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return Malformed($"not valid JSON: {ex.Message}");
        }

        using (document)
        {
            return Parse(document.RootElement, hash);
        }
    }

    public static ParseResult Parse(JsonElement record) => Parse(record, hash: true);

    private static ParseResult Parse(JsonElement record, bool hash)
    {
        try
        {
            return ParseObject(record, hash);
        }
        catch (InvalidOperationException)
        {
            // JsonDocument accepts invalid UTF-8 and lone surrogates inside strings; reading them throws.
            return Malformed("the record holds text that is not valid UTF-8 or UTF-16");
        }
    }

    private static ParseResult ParseObject(JsonElement record, bool hash)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return Malformed("the record is not a JSON object");
        }

        if (!record.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            return Malformed("the record has no string 'id'");
        }

        var id = idElement.GetString()!;
        try
        {
            var reader = new FieldReader(record);
            if (!Values.IsValidId(id))
            {
                throw new ShapeException("id", "must be 1 to 128 letters, digits, '-', '_', '.', ':'");
            }

            // The hash comes before the shape checks, and writing it reads every name and string of the record,
            // which throws on text that is not valid UTF-8 or UTF-16 (a malformed record, whatever its shape): a
            // parse without the hash reads them all the same, so that both parses give the same result.
            var contentHash = hash ? CanonicalHash(record) : ReadAllText(record);
            var command = ParseTyped(reader, id, contentHash);
            return ParseResult.Valid(command);
        }
        catch (ShapeException ex)
        {
            return new ParseResult(ParseStatus.ShapeRejected, id, null, ex.Reason, ex.Field, ex.Message);
        }
    }

    private static ParseResult Malformed(string message) =>
        new(ParseStatus.Malformed, null, null, CommandOutcome.InvalidCommand, null, message);

    private static LedgerCommand ParseTyped(FieldReader r, string id, byte[] hash)
    {
        var type = r.String("type");
        if (!FieldsByType.TryGetValue(type, out var fields))
        {
            throw new ShapeException("type", $"unknown command type '{type}'");
        }

        r.OnlyFields(fields);
        return type switch
        {
            "SetBusinessDate" => new SetBusinessDate { Id = id, ContentHash = hash, Date = r.Date("date") },
            "EndOfDay" => new EndOfDay { Id = id, ContentHash = hash, Date = r.Date("date") },
            "OpenBorrower" => new OpenBorrower
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), LimitMinor = r.Limit("limit"),
            },
            "SetBorrowerLimit" => new SetBorrowerLimit
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), LimitMinor = r.Limit("limit"),
            },
            "FreezeBorrower" => new FreezeBorrower { Id = id, ContentHash = hash, Borrower = r.EntityId("borrower") },
            "UnfreezeBorrower" => new UnfreezeBorrower
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"),
            },
            "OpenCreditLine" => ParseOpenCreditLine(r, id, hash),
            "Draw" => new Draw
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Line = r.EntityId("line"),
                AmountMinor = r.Amount("amount"),
            },
            "Repay" => new Repay
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Line = r.EntityId("line"),
                AmountMinor = r.Amount("amount"),
            },
            "ChangeRate" => new ChangeRate
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Line = r.EntityId("line"),
                RateMicros = r.Rate("rate"), EffectiveDate = r.Date("effectiveDate"),
            },
            "CloseLine" => new CloseLine
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Line = r.EntityId("line"),
            },
            "OpenOrder" => ParseOpenOrder(r, id, hash),
            "ReleaseTranche" => new ReleaseTranche
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Order = r.EntityId("order"),
                Tranche = r.TrancheNumber("tranche"),
            },
            "RepayOrder" => new RepayOrder
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Order = r.EntityId("order"),
                AmountMinor = r.Amount("amount"),
            },
            "CancelOrder" => new CancelOrder
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Order = r.EntityId("order"),
            },
            "ExtendLine" => new ExtendLine
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Line = r.EntityId("line"),
                MaturityDate = r.Date("maturityDate"),
            },
            "ExtendOrder" => new ExtendOrder
            {
                Id = id, ContentHash = hash, Borrower = r.EntityId("borrower"), Order = r.EntityId("order"),
                MaturityDate = r.Date("maturityDate"),
            },
            _ => throw new UnreachableException($"'{type}' has fields listed but no parser"),
        };
    }

    private static OpenCreditLine ParseOpenCreditLine(FieldReader r, string id, byte[] hash)
    {
        var borrower = r.EntityId("borrower");
        var line = r.EntityId("line");
        var limit = r.Limit("limit");
        var rate = r.Rate("rate");
        var expiry = r.Date("expiryDate");
        var maturity = r.OptionalDate("maturityDate") ?? expiry;
        var dayCount = r.OptionalDayCount("dayCount");
        var multiplier = r.OptionalMultiplier("penaltyMultiplier");
        if (maturity < expiry)
        {
            throw new ShapeException("maturityDate", "must not be before expiryDate");
        }

        return new OpenCreditLine
        {
            Id = id, ContentHash = hash, Borrower = borrower, Line = line, LimitMinor = limit, RateMicros = rate,
            ExpiryDate = expiry, MaturityDate = maturity, DayCount = dayCount, PenaltyMultiplierHundredths = multiplier,
        };
    }

    private static OpenOrder ParseOpenOrder(FieldReader r, string id, byte[] hash)
    {
        var borrower = r.EntityId("borrower");
        var order = r.EntityId("order");
        var supplier = r.EntityId("supplier");
        var rate = r.Rate("rate");
        var maturity = r.Date("maturityDate");
        var dayCount = r.OptionalDayCount("dayCount");
        var multiplier = r.OptionalMultiplier("penaltyMultiplier");
        var tranches = r.Tranches("tranches", maturity);
        return new OpenOrder
        {
            Id = id, ContentHash = hash, Borrower = borrower, Order = order, Supplier = supplier, RateMicros = rate,
            MaturityDate = maturity, DayCount = dayCount, PenaltyMultiplierHundredths = multiplier,
            Tranches = tranches,
        };
    }

    /// <summary>SHA-256 of the record with object keys sorted ordinally at every depth, strings re-escaped
    /// canonically and numbers as written: "the same JSON object, field order aside" hashes the same.</summary>
    public static byte[] CanonicalHash(JsonElement record)
    {
        var buffer = t_canonicalBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_canonicalWriter;
        if (writer is null)
        {
            writer = t_canonicalWriter = new Utf8JsonWriter(buffer);
        }
        else
        {
            writer.Reset(buffer);
        }

        WriteCanonical(writer, record);
        writer.Flush();
        return SHA256.HashData(buffer.WrittenSpan);
    }

    /// <summary>Reads every name and string of <paramref name="element"/>, as <see cref="WriteCanonical"/> does
    /// (throwing where it would), and returns an empty hash.</summary>
    private static byte[] ReadAllText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAllText(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllText(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }

        return [];
    }

    // Parsing is on every command's path: one buffer and writer per thread instead of one per record.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_canonicalBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_canonicalWriter;

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                // Each name is decoded once: JsonProperty.Name decodes (and allocates) the name on every read, and
                // sorting compared names dozens of times a record.
                var properties = new List<(string Name, JsonElement Value)>(12);
                foreach (var property in element.EnumerateObject())
                {
                    properties.Add((property.Name, property.Value));
                }

                properties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                foreach (var (name, value) in properties)
                {
                    writer.WritePropertyName(name);
                    WriteCanonical(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }

    private sealed class ShapeException(string field, string message, CommandOutcome reason = CommandOutcome.InvalidCommand)
        : Exception($"{field}: {message}")
    {
        public string Field { get; } = field;

        public CommandOutcome Reason { get; } = reason;
    }

    /// <summary>Reads typed fields, throwing a <see cref="ShapeException"/> that names the field.</summary>
    private readonly struct FieldReader(JsonElement record)
    {
        /// <param name="path">How the error names the field, when it is nested (<c>tranches[2].amount</c>).</param>
        private JsonElement Required(string name, JsonValueKind kind, string what, string? path = null)
        {
            if (!record.TryGetProperty(name, out var value))
            {
                throw new ShapeException(path ?? name, "is required");
            }

            if (value.ValueKind != kind)
            {
                throw new ShapeException(path ?? name, $"must be {what}");
            }

            return value;
        }

        private bool TryOptional(string name, JsonValueKind kind, string what, out JsonElement value,
            string? path = null)
        {
            if (!record.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            return value.ValueKind == kind ? true : throw new ShapeException(path ?? name, $"must be {what}");
        }

        public string String(string name) => Required(name, JsonValueKind.String, "a string").GetString()!;

        /// <summary>Strict records: a field that <paramref name="allowed"/> does not list, or a field given twice,
        /// fails the shape check naming that field (after <paramref name="pathPrefix"/>, for a tranche's). Names
        /// compare ordinally after unescaping, so <c>Amount</c> is unknown and <c>"\u0061mount"</c> is
        /// <c>amount</c>. The first offending field in the record's order is named.</summary>
        public void OnlyFields(ReadOnlySpan<string> allowed, string pathPrefix = "")
        {
            Span<bool> seen = stackalloc bool[allowed.Length];
            foreach (var property in record.EnumerateObject())
            {
                var index = IndexOf(property, allowed);
                if (index < 0)
                {
                    throw new ShapeException(pathPrefix + property.Name, "is not a field of this record type");
                }

                if (seen[index])
                {
                    throw new ShapeException(pathPrefix + property.Name, "is given twice");
                }

                seen[index] = true;
            }
        }

        // NameEquals compares without allocating the name: this runs on every record of every replay.
        private static int IndexOf(JsonProperty property, ReadOnlySpan<string> allowed)
        {
            for (var i = 0; i < allowed.Length; i++)
            {
                if (property.NameEquals(allowed[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public string EntityId(string name)
        {
            var value = String(name);
            return Values.IsValidId(value)
                ? value
                : throw new ShapeException(name, "must be 1 to 128 letters, digits, '-', '_', '.', ':'");
        }

        public DateOnly Date(string name) => ParseDate(name, String(name));

        public DateOnly? OptionalDate(string name) =>
            TryOptional(name, JsonValueKind.String, "a date string", out var v) ? ParseDate(name, v.GetString()) : null;

        private static DateOnly ParseDate(string name, string? text) =>
            Values.TryParseDate(text, out var date) ? date : throw new ShapeException(name, "must be a YYYY-MM-DD date");

        public long Limit(string name)
        {
            var value = Integer(name, out var inRange);
            return inRange && Values.IsValidLimit(value)
                ? value
                : throw new ShapeException(name, $"must be an integer from 0 to {Values.MaxLimitMinor}");
        }

        /// <summary>An amount of Draw, Repay, RepayOrder: an integer out of range is INVALID_AMOUNT.</summary>
        public long Amount(string name)
        {
            var value = Integer(name, out var inRange);
            return inRange && Values.IsValidAmount(value)
                ? value
                : throw new ShapeException(name, $"must be from 1 to {Values.MaxAmountMinor} minor units",
                    CommandOutcome.InvalidAmount);
        }

        public int TrancheNumber(string name)
        {
            var value = Integer(name, out var inRange);
            return inRange && value is >= 1 and <= Values.MaxTranches
                ? (int)value
                : throw new ShapeException(name, $"must be an integer from 1 to {Values.MaxTranches}");
        }

        /// <summary>A JSON integer; <paramref name="inRange"/> is false when it does not fit 64 bits.</summary>
        private long Integer(string name, out bool inRange)
        {
            var element = Required(name, JsonValueKind.Number, "an integer");
            return ReadInteger(name, element, out inRange);
        }

        private static long ReadInteger(string name, JsonElement element, out bool inRange)
        {
            if (element.TryGetInt64(out var value))
            {
                inRange = true;
                return value;
            }

            var raw = element.GetRawText();
            if (raw.Contains('.', StringComparison.Ordinal) || raw.Contains('e', StringComparison.OrdinalIgnoreCase))
            {
                throw new ShapeException(name, "must be an integer");
            }

            inRange = false;
            return 0;
        }

        public long Rate(string name) =>
            Values.TryParseRate(String(name), out var rate)
                ? rate
                : throw new ShapeException(name, "must be a decimal string from 0 to 1 with at most 6 decimals");

        public DayCount OptionalDayCount(string name)
        {
            if (!TryOptional(name, JsonValueKind.String, "a string", out var v))
            {
                return DayCount.Act360;
            }

            return Values.TryParseDayCount(v.GetString(), out var dayCount)
                ? dayCount
                : throw new ShapeException(name, "must be \"ACT/360\" or \"ACT/365\"");
        }

        public long OptionalMultiplier(string name)
        {
            if (!TryOptional(name, JsonValueKind.String, "a decimal string", out var v))
            {
                return 150;
            }

            return Values.TryParseMultiplier(v.GetString(), out var multiplier)
                ? multiplier
                : throw new ShapeException(name, "must be a decimal string from 1 to 5 with at most 2 decimals");
        }

        public List<TrancheSpec> Tranches(string name, DateOnly maturity)
        {
            var array = Required(name, JsonValueKind.Array, "an array of tranches");
            var count = array.GetArrayLength();
            if (count is < 1 or > Values.MaxTranches)
            {
                throw new ShapeException(name, $"must hold 1 to {Values.MaxTranches} tranches");
            }

            var tranches = new List<TrancheSpec>(count);
            DateOnly? previous = null;
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                index++;
                tranches.Add(Tranche($"{name}[{index - 1}]", item, maturity, ref previous));
            }

            return tranches;
        }

        private static TrancheSpec Tranche(string path, JsonElement item, DateOnly maturity, ref DateOnly? previous)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ShapeException(path, "must be an object");
            }

            var reader = new FieldReader(item);
            reader.OnlyFields(TrancheFields, $"{path}.");
            var amountElement = reader.Required("amount", JsonValueKind.Number, "an integer", $"{path}.amount");
            var amount = ReadInteger($"{path}.amount", amountElement, out var inRange);
            if (!inRange || !Values.IsValidAmount(amount))
            {
                throw new ShapeException($"{path}.amount", $"must be from 1 to {Values.MaxAmountMinor} minor units");
            }

            DateOnly? releaseDate = null;
            if (reader.TryOptional("releaseDate", JsonValueKind.String, "a date string", out var dateElement,
                    $"{path}.releaseDate"))
            {
                var date = ParseDate($"{path}.releaseDate", dateElement.GetString());
                if ((previous is { } p && date <= p) || date > maturity)
                {
                    throw new ShapeException($"{path}.releaseDate",
                        "release dates must be strictly increasing and not after maturityDate");
                }

                previous = releaseDate = date;
            }

            return new TrancheSpec(amount, releaseDate);
        }
    }
}
