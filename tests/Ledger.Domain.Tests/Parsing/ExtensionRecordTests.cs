using System.Text.Json.Nodes;
using Ledger.Domain.Tests.Support;

namespace Ledger.Domain.Tests.Parsing;

/// <summary>ExtendLine and ExtendOrder are strict records (stream-format.md): a field their type does not list, a
/// field spelled in another case, or a field given twice fails the shape check naming that field, so that a
/// misspelled maturity can never leave the old one in force.</summary>
public sealed class ExtensionRecordTests
{
    public static TheoryData<string> Types => ["ExtendLine", "ExtendOrder"];

    [Theory]
    [MemberData(nameof(Types))]
    public void Parse_ValidExtension_CarriesTheNewMaturity(string type)
    {
        var result = CommandParser.Parse(ValidRecords.Of(type).ToJsonString());

        Assert.Equal(ParseStatus.Valid, result.Status);
        var maturity = result.Command switch
        {
            ExtendLine line => (line.Borrower, line.Line, line.MaturityDate),
            ExtendOrder order => (order.Borrower, order.Order, order.MaturityDate),
            _ => throw new InvalidOperationException($"{type} parsed as {result.Command?.GetType().Name}"),
        };
        var expected = type == "ExtendLine"
            ? ("B1", "L1", new DateOnly(2025, 6, 30))
            : ("B1", "O1", new DateOnly(2024, 6, 30));
        Assert.Equal(expected, maturity);
    }

    [Theory]
    [InlineData("ExtendLine", "note", "\"hi\"")]
    [InlineData("ExtendLine", "maturitydate", "\"2025-07-31\"")]
    [InlineData("ExtendLine", "MaturityDate", "\"2025-07-31\"")]
    [InlineData("ExtendLine", "order", "\"O1\"")]
    [InlineData("ExtendLine", "expiryDate", "\"2025-07-31\"")]
    [InlineData("ExtendOrder", "line", "\"L1\"")]
    [InlineData("ExtendOrder", "maturity", "\"2024-07-31\"")]
    [InlineData("ExtendOrder", "tranches", "[]")]
    public void Parse_FieldTheTypeDoesNotList_IsInvalidCommandNamingIt(string type, string field, string raw)
    {
        var record = ValidRecords.Of(type).With(field, raw);

        AssertRejected(record.ToJsonString(), field);
    }

    [Theory]
    [InlineData("ExtendLine", "maturityDate")]
    [InlineData("ExtendLine", "line")]
    [InlineData("ExtendLine", "id")]
    [InlineData("ExtendOrder", "maturityDate")]
    [InlineData("ExtendOrder", "borrower")]
    public void Parse_FieldGivenTwice_IsInvalidCommandNamingIt(string type, string field)
    {
        var record = ValidRecords.Of(type);
        var text = record.ToJsonString();
        // JsonObject cannot hold a name twice: the duplicate is written into the text, with another value first.
        var duplicate = $"\"{field}\":{ChangedValue(record[field]!).ToJsonString()},";
        var twice = text.Insert(1, duplicate);

        AssertRejected(twice, field);
    }

    [Fact]
    public void Parse_MissingMaturityDate_IsInvalidCommandNamingIt() =>
        AssertRejected(ValidRecords.Of("ExtendOrder").Without("maturityDate").ToJsonString(), "maturityDate");

    private static JsonValue ChangedValue(JsonNode value) =>
        JsonValue.Create(value.GetValue<string>() is var text && Values.TryParseDate(text, out var date)
            ? Values.FormatDate(date.AddDays(1))
            : text + "x");

    private static void AssertRejected(string record, string field)
    {
        var result = CommandParser.Parse(record);

        Assert.True(result.Status == ParseStatus.ShapeRejected, $"{record} parsed as {result.Status}");
        Assert.Equal(CommandOutcome.InvalidCommand, result.Reason);
        Assert.Equal(field, result.Field);
        Assert.Equal("c1", result.Id);
        Assert.Null(result.Command);
    }
}
