using System.Text.Json.Nodes;
using Ledger.Domain.Tests.Support;
using Ledger.Testing;

namespace Ledger.Domain.Tests.Parsing;

/// <summary>Records are strict (stream-format.md): a field its type does not list, a listed field in another case,
/// or a field given twice, in the record or in a tranche object, is INVALID_COMMAND naming that field, so that a
/// misspelled optional field never falls back to its default and a doubled one never books its last value.</summary>
public sealed class StrictRecordTests
{
    public static TheoryData<string, int> TypesAndSeeds
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var type in ValidRecords.ByType.Keys)
            {
                foreach (var seed in new[] { 1, 2, 3 })
                {
                    data.Add(type, seed);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TypesAndSeeds))]
    public void Parse_FuzzedExtraDoubledOrMiscasedField_IsInvalidCommandNamingIt(string type, int seed)
    {
        var valid = ValidRecords.Of(type).ToJsonString();
        Assert.Equal(ParseStatus.Valid, CommandParser.Parse(valid).Status);

        var mutations = StrictFieldMutations.Of(valid, CommandParser.FieldsOf(type).ToList(), new Random(seed));

        Assert.NotEmpty(mutations);
        foreach (var mutation in mutations)
        {
            var result = CommandParser.Parse(mutation.Record);
            Assert.True(result.Status == ParseStatus.ShapeRejected, $"{mutation} parsed as {result.Status}");
            Assert.True(CommandOutcome.InvalidCommand == result.Reason, $"{mutation}: {result.Reason}");
            Assert.True(mutation.Field == result.Field, $"{mutation}: named {result.Field} ({result.Message})");
            Assert.Contains(mutation.Field, result.Message, StringComparison.Ordinal);
            Assert.Null(result.Command);
        }
    }

    [Fact]
    public void FieldsOf_EveryType_ListsExactlyTheFieldsOfItsValidRecord()
    {
        Assert.Equal(ValidRecords.ByType.Keys.Order(), CommandParser.RecordTypes.Order());
        foreach (var (type, record) in ValidRecords.ByType)
        {
            Assert.Equal(record.Select(f => f.Key).Order(), CommandParser.FieldsOf(type).Order());
        }
    }

    private const string Order =
        """{"type":"OpenOrder","id":"o1","borrower":"S","order":"O1","supplier":"F","rate":"0.086",""" +
        "\"maturityDate\":\"2024-04-12\",\"tranches\":";

    private const string Line =
        """{"type":"OpenCreditLine","id":"l1","borrower":"S","line":"L1","limit":1,"rate":"0.0365",""" +
        "\"expiryDate\":\"2025-02-28\"";

    /// <summary>The cases of strict-fields.jsonl and a few more, each with the field it must name.</summary>
    public static TheoryData<string, string> Examples => new()
    {
        { Line + ""","daycount":"ACT/365"}""", "daycount" },
        { Line + ""","penaltyMultipler":"3"}""", "penaltyMultipler" },
        { Line + ""","dayCount":"ACT/365","dayCount":"ACT/360"}""", "dayCount" },
        { """{"type":"Draw","id":"w1","borrower":"S","line":"L1","amount":100,"amount":1000000}""", "amount" },
        { """{"type":"Draw","id":"w2","borrower":"S","line":"L1","amount":2000000,"Amount":1}""", "Amount" },
        { """{"type":"EndOfDay","id":"e1","date":"2024-03-01","force":true}""", "force" },
        { """{"type":"Repay","id":"p1","borrower":"S","line":"L1","amount":5,"id":"p1"}""", "id" },
        { """{"type":"Repay","type":"Repay","id":"p1","borrower":"S","line":"L1","amount":5}""", "type" },
        // An escaped name is the same name: given twice.
        { """{"type":"Draw","id":"w1","borrower":"S","line":"L1","\u0061mount":1,"amount":1}""", "amount" },
        { Order + """[{"amount":3,"releaseDate":"2024-03-02"},{"amount":3,"note":"x"}]}""", "tranches[1].note" },
        { Order + """[{"amount":3,"Amount":3}]}""", "tranches[0].Amount" },
        {
            Order + """[{"releaseDate":"2024-03-02","amount":3,"releaseDate":"2024-03-03"}]}""",
            "tranches[0].releaseDate"
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_StrictFieldsExamples_AreInvalidCommandNamingTheField(string record, string field)
    {
        var result = CommandParser.Parse(record);

        Assert.Equal(ParseStatus.ShapeRejected, result.Status);
        Assert.Equal(CommandOutcome.InvalidCommand, result.Reason);
        Assert.Equal(field, result.Field);
    }

    [Fact]
    public void Parse_OptionalFieldGivenAsNull_IsStillAllowed()
    {
        var record = ValidRecords.Of("OpenCreditLine").With("dayCount", "null").With("penaltyMultiplier", "null");

        var result = CommandParser.Parse(record.ToJsonString());

        Assert.Equal(ParseStatus.Valid, result.Status);
        Assert.Equal(DayCount.Act360, ((OpenCreditLine)result.Command!).DayCount);
    }

    [Fact]
    public void Parse_UnknownFieldBesideUnknownType_NamesTheType()
    {
        var result = CommandParser.Parse("""{"type":"Withdraw","id":"c1","note":"x"}""");

        Assert.Equal(ParseStatus.ShapeRejected, result.Status);
        Assert.Equal("type", result.Field);
    }

    [Fact]
    public void Parse_FieldsInAnyOrder_AreStillValid()
    {
        foreach (var record in ValidRecords.ByType.Values)
        {
            var reversed = new JsonObject();
            foreach (var (name, value) in record.Reverse())
            {
                reversed[name] = value?.DeepClone();
            }

            Assert.Equal(ParseStatus.Valid, CommandParser.Parse(reversed.ToJsonString()).Status);
        }
    }
}
