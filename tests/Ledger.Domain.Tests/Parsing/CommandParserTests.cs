using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Parsing;

/// <summary>Semantics §7 check 1 (the record's shape) and the stream format: what the parser accepts, rejects, and
/// which field a rejection names.</summary>
public sealed class CommandParserTests
{
    private static readonly string LongestId = new('a', Values.MaxIdLength);
    private static readonly string TooLongId = new('a', Values.MaxIdLength + 1);

    public static TheoryData<string> Types => new(ValidRecords.ByType.Keys);

    public static TheoryData<string, string> RequiredFields => ToTheoryData(
        from f in ValidRecords.Fields()
        where !ValidRecords.IsOptional(f.Type, f.Field)
        select (f.Type, f.Field));

    public static TheoryData<string, string> OptionalFields => ToTheoryData(
        from f in ValidRecords.Fields()
        where ValidRecords.IsOptional(f.Type, f.Field)
        select (f.Type, f.Field));

    /// <summary>For every field, values of every JSON type but its own (null only where the field is required:
    /// an optional field given as null counts as absent).</summary>
    public static TheoryData<string, string, string> WrongJsonTypes => ToTheoryData(
        from f in ValidRecords.Fields()
        from raw in WrongTypeValues(f.Value, optional: ValidRecords.IsOptional(f.Type, f.Field))
        select (f.Type, f.Field, raw));

    public static TheoryData<string, string, string> InvalidIds => ToTheoryData(
        from target in new[]
        {
            ("SetBusinessDate", "id"), ("Draw", "id"), ("OpenBorrower", "borrower"), ("Draw", "line"),
            ("ReleaseTranche", "order"), ("OpenOrder", "supplier"), ("OpenOrder", "order"),
            ("OpenCreditLine", "line"),
        }
        from value in new[]
        {
            "", TooLongId, "a b", " a", "a\t", "é", "ключ", "订单1", "a/b", "a@b", "a+b", "a\u00a0b", "a\"b",
        }
        select (target.Item1, target.Item2, value));

    [Theory]
    [MemberData(nameof(Types))]
    public void Parse_ValidRecordOfEveryType_IsValidWithItsIdAndType(string type)
    {
        var result = CommandParser.Parse(ValidRecords.Of(type).ToJsonString());

        Assert.Equal(ParseStatus.Valid, result.Status);
        Assert.Equal("c1", result.Id);
        Assert.Equal(type, result.Command!.Type.ToString());
        Assert.Equal(CommandOutcome.Accepted, result.Reason);
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void Parse_RequiredFieldMissing_IsInvalidCommandNamingTheField(string type, string field) =>
        AssertShapeRejected(ValidRecords.Of(type).Without(field), "INVALID_COMMAND", field);

    [Theory]
    [MemberData(nameof(OptionalFields))]
    public void Parse_OptionalFieldMissingOrNull_IsValid(string type, string field)
    {
        AssertValid(ValidRecords.Of(type).Without(field));
        AssertValid(ValidRecords.Of(type).With(field, "null"));
    }

    [Theory]
    [MemberData(nameof(WrongJsonTypes))]
    public void Parse_FieldOfWrongJsonType_IsInvalidCommandNamingTheField(string type, string field, string raw) =>
        AssertShapeRejected(ValidRecords.Of(type).With(field, raw), "INVALID_COMMAND", field);

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public void Parse_InvalidId_IsInvalidCommandNamingTheField(string type, string field, string id)
    {
        var record = ValidRecords.Of(type);
        record[field] = id;

        AssertShapeRejected(record, "INVALID_COMMAND", field);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("borrower")]
    [InlineData("line")]
    public void Parse_IdsAtTheEdgesOfTheRule_AreValid(string field)
    {
        foreach (var id in new[] { LongestId, "a", "A-z_0.9:x", "::", "-" })
        {
            var record = ValidRecords.Of("Draw");
            record[field] = id;
            AssertValid(record);
        }
    }

    [Theory]
    [InlineData("SetBusinessDate", "date")]
    [InlineData("EndOfDay", "date")]
    [InlineData("ChangeRate", "effectiveDate")]
    [InlineData("OpenCreditLine", "expiryDate")]
    [InlineData("OpenCreditLine", "maturityDate")]
    [InlineData("OpenOrder", "maturityDate")]
    [InlineData("ExtendLine", "maturityDate")]
    [InlineData("ExtendOrder", "maturityDate")]
    public void Parse_BadDate_IsInvalidCommandNamingTheField(string type, string field)
    {
        foreach (var date in new[]
        {
            "2024-02-30", "2024-2-1", "2024-02-1", "2023-02-29", "2024-13-01", "2024-00-10", "20240201",
            "2024/02/01", "01-02-2024", "2024-02-01T00:00:00", " 2024-02-01", "2024-02-01 ", "",
        })
        {
            AssertShapeRejected(ValidRecords.Of(type).With(field, $"\"{date}\""), "INVALID_COMMAND", field);
        }
    }

    [Fact]
    public void Parse_LeapDay_IsValid()
    {
        var command = (SetBusinessDate)AssertValid(ValidRecords.Of("SetBusinessDate").With("date", "\"2024-02-29\""));

        Assert.Equal(new DateOnly(2024, 2, 29), command.Date);
    }

    [Theory]
    [InlineData("\"0\"", 0)]
    [InlineData("\"1\"", 1_000_000)]
    [InlineData("\"1.0\"", 1_000_000)]
    [InlineData("\"1.000000\"", 1_000_000)]
    [InlineData("\"0.000001\"", 1)]
    [InlineData("\"0.0395\"", 39_500)]
    [InlineData("\"0.123456\"", 123_456)]
    [InlineData("\"0.5\"", 500_000)]
    public void Parse_RateInRange_IsValidWithExactMicros(string raw, long expectedMicros)
    {
        Assert.Equal(expectedMicros,
            ((OpenCreditLine)AssertValid(ValidRecords.Of("OpenCreditLine").With("rate", raw))).RateMicros);
        Assert.Equal(expectedMicros,
            ((ChangeRate)AssertValid(ValidRecords.Of("ChangeRate").With("rate", raw))).RateMicros);
        Assert.Equal(expectedMicros,
            ((OpenOrder)AssertValid(ValidRecords.Of("OpenOrder").With("rate", raw))).RateMicros);
    }

    [Theory]
    [InlineData("\"1.0000001\"")]
    [InlineData("\"1.000001\"")]
    [InlineData("\"-0.1\"")]
    [InlineData("\"-0\"")]
    [InlineData("\"1.5\"")]
    [InlineData("\"2\"")]
    [InlineData("\"0.1234567\"")]
    [InlineData("\"0.0000001\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"1e-3\"")]
    [InlineData("\"0.05%\"")]
    [InlineData("\".5\"")]
    [InlineData("\"0.\"")]
    [InlineData("\"+0.1\"")]
    [InlineData("\" 0.1\"")]
    [InlineData("\"0,05\"")]
    [InlineData("\"\"")]
    [InlineData("0.05")]
    [InlineData("0")]
    public void Parse_RateOutOfRangeOrBadlyWritten_IsInvalidCommand(string raw)
    {
        AssertShapeRejected(ValidRecords.Of("OpenCreditLine").With("rate", raw), "INVALID_COMMAND", "rate");
        AssertShapeRejected(ValidRecords.Of("ChangeRate").With("rate", raw), "INVALID_COMMAND", "rate");
        AssertShapeRejected(ValidRecords.Of("OpenOrder").With("rate", raw), "INVALID_COMMAND", "rate");
    }

    [Theory]
    [InlineData("\"1\"", 100)]
    [InlineData("\"5\"", 500)]
    [InlineData("\"1.5\"", 150)]
    [InlineData("\"1.25\"", 125)]
    [InlineData("\"5.00\"", 500)]
    [InlineData("null", 150)]
    public void Parse_MultiplierInRange_IsValidWithExactHundredths(string raw, long expectedHundredths)
    {
        Assert.Equal(expectedHundredths, ((OpenCreditLine)AssertValid(
            ValidRecords.Of("OpenCreditLine").With("penaltyMultiplier", raw))).PenaltyMultiplierHundredths);
        Assert.Equal(expectedHundredths, ((OpenOrder)AssertValid(
            ValidRecords.Of("OpenOrder").With("penaltyMultiplier", raw))).PenaltyMultiplierHundredths);
    }

    [Theory]
    [InlineData("\"0.99\"")]
    [InlineData("\"5.01\"")]
    [InlineData("\"1.555\"")]
    [InlineData("\"0\"")]
    [InlineData("\"6\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"1.5x\"")]
    [InlineData("1.5")]
    public void Parse_MultiplierOutOfRangeOrBadlyWritten_IsInvalidCommand(string raw)
    {
        AssertShapeRejected(ValidRecords.Of("OpenCreditLine").With("penaltyMultiplier", raw), "INVALID_COMMAND",
            "penaltyMultiplier");
        AssertShapeRejected(ValidRecords.Of("OpenOrder").With("penaltyMultiplier", raw), "INVALID_COMMAND",
            "penaltyMultiplier");
    }

    [Theory]
    [InlineData("\"ACT/360\"", DayCount.Act360)]
    [InlineData("\"ACT/365\"", DayCount.Act365)]
    [InlineData("null", DayCount.Act360)]
    public void Parse_KnownDayCount_IsValid(string raw, DayCount expected)
    {
        Assert.Equal(expected,
            ((OpenCreditLine)AssertValid(ValidRecords.Of("OpenCreditLine").With("dayCount", raw))).DayCount);
        Assert.Equal(expected, ((OpenOrder)AssertValid(ValidRecords.Of("OpenOrder").With("dayCount", raw))).DayCount);
    }

    [Theory]
    [InlineData("\"30/360\"")]
    [InlineData("\"act/360\"")]
    [InlineData("\"ACT/ACT\"")]
    [InlineData("\"360\"")]
    [InlineData("\"\"")]
    [InlineData("360")]
    public void Parse_UnknownDayCount_IsInvalidCommand(string raw)
    {
        AssertShapeRejected(ValidRecords.Of("OpenCreditLine").With("dayCount", raw), "INVALID_COMMAND", "dayCount");
        AssertShapeRejected(ValidRecords.Of("OpenOrder").With("dayCount", raw), "INVALID_COMMAND", "dayCount");
    }

    [Theory]
    [InlineData("OpenBorrower")]
    [InlineData("SetBorrowerLimit")]
    [InlineData("OpenCreditLine")]
    public void Parse_LimitAtItsBounds_IsValidWithExactValue(string type)
    {
        Assert.Equal(0, LimitOf(AssertValid(ValidRecords.Of(type).With("limit", "0"))));
        Assert.Equal(Values.MaxLimitMinor,
            LimitOf(AssertValid(ValidRecords.Of(type).With("limit", "1000000000000000"))));
    }

    [Theory]
    [InlineData("OpenBorrower", "-1")]
    [InlineData("OpenBorrower", "1000000000000001")]
    [InlineData("OpenBorrower", "99999999999999999999")]
    [InlineData("OpenBorrower", "-99999999999999999999")]
    [InlineData("OpenBorrower", "1.5")]
    [InlineData("OpenBorrower", "1e3")]
    [InlineData("SetBorrowerLimit", "-1")]
    [InlineData("SetBorrowerLimit", "1000000000000001")]
    [InlineData("OpenCreditLine", "-1")]
    [InlineData("OpenCreditLine", "1000000000000001")]
    public void Parse_LimitOutOfRange_IsInvalidCommand(string type, string raw) =>
        AssertShapeRejected(ValidRecords.Of(type).With("limit", raw), "INVALID_COMMAND", "limit");

    [Theory]
    [InlineData("Draw")]
    [InlineData("Repay")]
    [InlineData("RepayOrder")]
    public void Parse_AmountAtItsBounds_IsValidWithExactValue(string type)
    {
        Assert.Equal(1, AmountOf(AssertValid(ValidRecords.Of(type).With("amount", "1"))));
        Assert.Equal(Values.MaxAmountMinor,
            AmountOf(AssertValid(ValidRecords.Of(type).With("amount", "10000000000000"))));
    }

    [Theory]
    [InlineData("Draw", "0")]
    [InlineData("Draw", "-5")]
    [InlineData("Draw", "-0")]
    [InlineData("Draw", "10000000000001")]
    [InlineData("Draw", "9223372036854775807")]
    [InlineData("Draw", "99999999999999999999")]
    [InlineData("Draw", "-99999999999999999999")]
    [InlineData("Repay", "0")]
    [InlineData("Repay", "-5")]
    [InlineData("Repay", "10000000000001")]
    [InlineData("Repay", "99999999999999999999")]
    [InlineData("RepayOrder", "0")]
    [InlineData("RepayOrder", "-5")]
    [InlineData("RepayOrder", "10000000000001")]
    [InlineData("RepayOrder", "99999999999999999999")]
    public void Parse_IntegerAmountOutOfRange_IsInvalidAmount(string type, string raw) =>
        AssertShapeRejected(ValidRecords.Of(type).With("amount", raw), "INVALID_AMOUNT", "amount");

    [Theory]
    [InlineData("Draw", "1.5")]
    [InlineData("Draw", "100.0")]
    [InlineData("Draw", "1e3")]
    [InlineData("Draw", "\"100\"")]
    [InlineData("Repay", "1.5")]
    [InlineData("RepayOrder", "1.5")]
    public void Parse_AmountNotAnInteger_IsInvalidCommand(string type, string raw) =>
        AssertShapeRejected(ValidRecords.Of(type).With("amount", raw), "INVALID_COMMAND", "amount");

    [Theory]
    [InlineData("1", 1)]
    [InlineData("64", 64)]
    public void Parse_TrancheNumberInRange_IsValid(string raw, int expected) =>
        Assert.Equal(expected,
            ((ReleaseTranche)AssertValid(ValidRecords.Of("ReleaseTranche").With("tranche", raw))).Tranche);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("65")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999")]
    public void Parse_TrancheNumberOutOfRange_IsInvalidCommand(string raw) =>
        AssertShapeRejected(ValidRecords.Of("ReleaseTranche").With("tranche", raw), "INVALID_COMMAND", "tranche");

    [Fact]
    public void Parse_OrderOfSixtyFourTranches_IsValidInGivenOrder()
    {
        var tranches = Enumerable.Range(1, 64).Select(i => Records.Tranche(i));

        var command = (OpenOrder)AssertValid(WithTranches(tranches));

        Assert.Equal(64, command.Tranches.Count);
        Assert.Equal(Enumerable.Range(1, 64).Select(i => (long)i), command.Tranches.Select(t => t.AmountMinor));
    }

    [Fact]
    public void Parse_TranchesWithAndWithoutDates_KeepTheirDates()
    {
        var command = (OpenOrder)AssertValid(WithTranches(
        [
            Records.Tranche(5, "2024-03-08"), Records.Tranche(6), Records.Tranche(7, "2024-04-30"),
        ]));

        Assert.Equal(
            [new TrancheSpec(5, new DateOnly(2024, 3, 8)), new TrancheSpec(6, null),
                new TrancheSpec(7, new DateOnly(2024, 4, 30))],
            command.Tranches);
    }

    public static TheoryData<string, string> BadTrancheLists => new()
    {
        { "[]", "tranches" },
        { $"[{string.Join(',', Enumerable.Repeat("{\"amount\":1}", 65))}]", "tranches" },
        { "[{\"amount\":1,\"releaseDate\":\"2024-03-08\"},{\"amount\":1,\"releaseDate\":\"2024-03-08\"}]",
            "tranches[1].releaseDate" },
        { "[{\"amount\":1,\"releaseDate\":\"2024-03-09\"},{\"amount\":1,\"releaseDate\":\"2024-03-08\"}]",
            "tranches[1].releaseDate" },
        {
            "[{\"amount\":1,\"releaseDate\":\"2024-03-09\"},{\"amount\":1},"
                + "{\"amount\":1,\"releaseDate\":\"2024-03-02\"}]",
            "tranches[2].releaseDate"
        },
        { "[{\"amount\":1,\"releaseDate\":\"2024-05-01\"}]", "tranches[0].releaseDate" },
        { "[{\"amount\":1,\"releaseDate\":\"2024-04-31\"}]", "tranches[0].releaseDate" },
        { "[{\"amount\":0}]", "tranches[0].amount" },
        { "[{\"amount\":1},{\"amount\":-1}]", "tranches[1].amount" },
        { "[{\"amount\":10000000000001}]", "tranches[0].amount" },
        { "[{\"amount\":99999999999999999999}]", "tranches[0].amount" },
        { "[{\"amount\":1.5}]", "tranches[0].amount" },
        { "[{\"amount\":1},5]", "tranches[1]" },
        { "[{\"amount\":1},null]", "tranches[1]" },
    };

    [Theory]
    [MemberData(nameof(BadTrancheLists))]
    public void Parse_BadTrancheList_IsInvalidCommandNamingTheTranche(string raw, string field) =>
        AssertShapeRejected(ValidRecords.Of("OpenOrder").With("tranches", raw), "INVALID_COMMAND", field);

    /// <summary>A field inside a tranche is named by its path, as the other tranche errors name it: a bare
    /// "amount" would point at a field the OpenOrder record does not have.</summary>
    [Theory]
    [InlineData("[{\"amount\":1},{}]", "tranches[1].amount")]
    [InlineData("[{\"amount\":\"1\"}]", "tranches[0].amount")]
    [InlineData("[{\"amount\":1,\"releaseDate\":5}]", "tranches[0].releaseDate")]
    public void Parse_TrancheFieldMissingOrOfWrongType_IsInvalidCommandNamingItsPath(string raw, string field) =>
        AssertShapeRejected(ValidRecords.Of("OpenOrder").With("tranches", raw), "INVALID_COMMAND", field);

    [Fact]
    public void Parse_ReleaseDateOnMaturity_IsValid() =>
        AssertValid(WithTranches([Records.Tranche(1, "2024-04-30")]));

    [Fact]
    public void Parse_LineMaturityBeforeExpiry_IsInvalidCommandNamingMaturityDate() =>
        AssertShapeRejected(ValidRecords.Of("OpenCreditLine").With("maturityDate", "\"2025-02-27\""),
            "INVALID_COMMAND", "maturityDate");

    [Fact]
    public void Parse_LineMaturityOnExpiryOrAbsent_IsValidAndDefaultsToExpiry()
    {
        var same = (OpenCreditLine)AssertValid(
            ValidRecords.Of("OpenCreditLine").With("maturityDate", "\"2025-02-28\""));
        var absent = (OpenCreditLine)AssertValid(ValidRecords.Of("OpenCreditLine").Without("maturityDate"));

        Assert.Equal(new DateOnly(2025, 2, 28), same.MaturityDate);
        Assert.Equal(new DateOnly(2025, 2, 28), absent.MaturityDate);
    }

    [Theory]
    [InlineData("\"Transfer\"")]
    [InlineData("\"draw\"")]
    [InlineData("\"\"")]
    [InlineData("\"Draw \"")]
    public void Parse_UnknownType_IsInvalidCommandNamingType(string raw) =>
        AssertShapeRejected(ValidRecords.Of("Draw").With("type", raw), "INVALID_COMMAND", "type");

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"Draw\",\"id\":\"c1\"}]")]
    [InlineData("5")]
    [InlineData("\"c1\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"OpenBorrower\",\"borrower\":\"B1\",\"limit\":5}")]
    [InlineData("{\"type\":\"OpenBorrower\",\"id\":5,\"borrower\":\"B1\",\"limit\":5}")]
    [InlineData("{\"type\":\"OpenBorrower\",\"id\":null,\"borrower\":\"B1\",\"limit\":5}")]
    [InlineData("{\"type\":\"OpenBorrower\",\"id\":[\"c1\"],\"borrower\":\"B1\",\"limit\":5}")]
    [InlineData("{\"type\":\"OpenBorrower\",\"id\":\"c1\"")]
    [InlineData("{\"type\":\"OpenBorrower\",\"id\":\"c1\"}}")]
    [InlineData("garbage")]
    [InlineData("")]
    public void Parse_NotAnObjectWithStringId_IsMalformedWithoutId(string record)
    {
        var result = CommandParser.Parse(record);

        Assert.Equal(ParseStatus.Malformed, result.Status);
        Assert.Null(result.Id);
        Assert.Null(result.Command);
        Assert.False(string.IsNullOrEmpty(result.Message));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void ContentHash_FieldsReorderedOrSpacedOut_IsUnchanged(string type)
    {
        var record = ValidRecords.Of(type);

        var hash = HashOf(record.ToJsonString());

        Assert.Equal(hash, HashOf(record.Reversed().ToJsonString()));
        Assert.Equal(hash, HashOf(record.ToIndentedJson()));
    }

    [Fact]
    public void ContentHash_SameStringEscapedDifferently_IsUnchanged() =>
        Assert.Equal(
            HashOf("{\"type\":\"FreezeBorrower\",\"id\":\"c1\",\"borrower\":\"B1\"}"),
            HashOf("{\"type\":\"FreezeBorrower\",\"id\":\"c1\",\"borrower\":\"\\u0042\\u0031\"}"));

    /// <summary>Every field but the type (another type is another command, not a changed value).</summary>
    public static TheoryData<string, string> EveryValueField => ToTheoryData(
        from f in ValidRecords.Fields() where f.Field != "type" select (f.Type, f.Field));

    [Theory]
    [MemberData(nameof(EveryValueField))]
    public void ContentHash_AnyValueChanged_Differs(string type, string field)
    {
        var record = ValidRecords.Of(type);
        var changed = record.Copy();
        changed[field] = ChangedValue(record[field]!);

        Assert.NotEqual(HashOf(record.ToJsonString()), HashOf(changed.ToJsonString()));
    }

    [Fact]
    public void ContentHash_IdChangedOrOptionalFieldAdded_Differs()
    {
        var record = ValidRecords.Of("OpenCreditLine").Without("dayCount");
        var hash = HashOf(record.ToJsonString());

        Assert.NotEqual(hash, HashOf(record.With("id", "\"c2\"").ToJsonString()));
        // ACT/360 is the default, but a record that says so is another content.
        Assert.NotEqual(hash, HashOf(record.With("dayCount", "\"ACT/360\"").ToJsonString()));
    }

    [Fact]
    public void ContentHash_OfAKnownRecord_NeverChanges()
    {
        // Outcome records keep the hash of the record they answered, so that a retry after an upgrade is still
        // told from an id conflict: the canonical form may be computed faster, never differently.
        const string record = """
            {"type":"OpenOrder","id":"c9","borrower":"B1","order":"O1","supplier":"F\u0045ED","rate":"0.086",
             "maturityDate":"2025-06-01","tranches":[{"releaseDate":"2025-04-01","amount":300000},{"amount":200000}],
             "dayCount":"ACT/365","penaltyMultiplier":"2"}
            """;

        Assert.Equal("6D78EB46E85C10A9E6D07EADC80E6E24F2CF57D13BFA079D72BC035F1C254077",
            Convert.ToHexString(HashOf(record)));
    }

    private static LedgerCommand AssertValid(JsonObject record)
    {
        var result = CommandParser.Parse(record.ToJsonString());
        Assert.True(result.Status == ParseStatus.Valid, $"{record.ToJsonString()}: {result.Message}");
        return result.Command!;
    }

    private static void AssertShapeRejected(JsonObject record, string code, string field)
    {
        var text = record.ToJsonString();
        var result = CommandParser.Parse(text);

        Assert.True(result.Status == ParseStatus.ShapeRejected, $"{text} parsed as {result.Status}");
        Assert.Equal(code, result.Reason.ToCode());
        Assert.Equal(field, result.Field);
        Assert.Equal(record["id"]?.GetValue<string>(), result.Id);
        Assert.Null(result.Command);
        Assert.Contains(field, result.Message, StringComparison.Ordinal);
    }

    private static byte[] HashOf(string record)
    {
        var result = CommandParser.Parse(record);
        Assert.Equal(ParseStatus.Valid, result.Status);
        return result.Command!.ContentHash;
    }

    private static JsonObject WithTranches(IEnumerable<JsonObject> tranches)
    {
        var record = ValidRecords.Of("OpenOrder");
        record["tranches"] = Records.Tranches(tranches);
        return record;
    }

    private static long LimitOf(LedgerCommand command) => command switch
    {
        OpenBorrower c => c.LimitMinor,
        SetBorrowerLimit c => c.LimitMinor,
        OpenCreditLine c => c.LimitMinor,
        _ => throw new ArgumentException($"{command.Type} has no limit.", nameof(command)),
    };

    private static long AmountOf(LedgerCommand command) => command switch
    {
        Draw c => c.AmountMinor,
        Repay c => c.AmountMinor,
        RepayOrder c => c.AmountMinor,
        _ => throw new ArgumentException($"{command.Type} has no amount.", nameof(command)),
    };

    private static IEnumerable<string> WrongTypeValues(JsonNode value, bool optional)
    {
        IEnumerable<string> all = ["\"2\"", "2", "true", "{}", "[]"];
        var own = value.GetValueKind() switch
        {
            JsonValueKind.String => "\"2\"",
            JsonValueKind.Number => "2",
            _ => "[]",
        };
        return optional ? all.Where(v => v != own) : all.Where(v => v != own).Append("null");
    }

    /// <summary>A value of the same JSON type that differs from <paramref name="value"/> and still parses.</summary>
    private static JsonNode ChangedValue(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => JsonValue.Create(long.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) + 1),
        JsonValueKind.Array => Records.Tranches([Records.Tranche(2_000_000)]),
        _ => JsonValue.Create(ChangedString(value.GetValue<string>())),
    };

    private static string ChangedString(string text) => text switch
    {
        "ACT/360" => "ACT/365",
        "ACT/365" => "ACT/360",
        "2" or "1.5" => "3",
        _ when Values.TryParseDate(text, out var date) => Values.FormatDate(date.AddDays(-1)),
        _ when Values.TryParseRate(text, out var micros) => Values.FormatFixed(micros + 1, 6),
        _ => text + "x",
    };

    private static TheoryData<T1, T2> ToTheoryData<T1, T2>(IEnumerable<(T1, T2)> rows)
    {
        var data = new TheoryData<T1, T2>();
        foreach (var (a, b) in rows)
        {
            data.Add(a, b);
        }

        return data;
    }

    private static TheoryData<T1, T2, T3> ToTheoryData<T1, T2, T3>(IEnumerable<(T1, T2, T3)> rows)
    {
        var data = new TheoryData<T1, T2, T3>();
        foreach (var (a, b, c) in rows)
        {
            data.Add(a, b, c);
        }

        return data;
    }
}
