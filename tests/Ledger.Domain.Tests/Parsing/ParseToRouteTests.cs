using Ledger.Domain.Tests.Conformance;

namespace Ledger.Domain.Tests.Parsing;

/// <summary><see cref="CommandParser.ParseToRoute"/>: the result of <see cref="CommandParser.Parse(string)"/> for
/// every record, but for the command's content hash, which it leaves empty.</summary>
public sealed class ParseToRouteTests
{
    public static TheoryData<string> Streams => new(StreamFiles.Names);

    /// <summary>Records that are not commands, among them text that is not valid UTF-16 (a lone surrogate, which
    /// JSON allows as an escape) beside a shape error that the parser's field checks would report first: the full
    /// parse finds that text while it hashes the record, before any shape check, and calls the record malformed.
    /// </summary>
    public static TheoryData<string> Refused => new(
        "not json",
        "[1, 2]",
        """{"type": "Draw", "borrower": "b1"}""",
        """{"type": "Draw", "id": "d1", "borrower": "b1", "line": "l1", "amount": "x", "note": "\ud800"}""",
        """{"type": "Draw", "id": "d1", "borrower": "b1", "line": "l1", "amount": "x", "\udc00": 1}""",
        """{"type": "OpenOrder", "id": "o1", "borrower": "b1", "order": "o1", "supplier": "s1", "rate": "0.1", "maturityDate": "2024-13-01", "tranches": [{"amount": "1.00", "releaseDate": "\ud800"}]}""",
        """{"type": "Draw", "id": "d1", "borrower": "b1", "line": "l1", "amount": "-1"}""",
        """{"type": "Teleport", "id": "t1", "borrower": "b1"}""");

    [Theory]
    [MemberData(nameof(Streams))]
    public void ParseToRoute_EveryRecordOfTheConformanceStreams_IsParsedAsParseDoesWithoutTheHash(string name)
    {
        foreach (var line in File.ReadLines(StreamFiles.Path($"{name}.jsonl")))
        {
            AssertSameButHash(line);
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void ParseToRoute_RefusedRecord_IsRefusedAsParseRefusesIt(string record)
    {
        Assert.NotEqual(ParseStatus.Valid, CommandParser.Parse(record).Status);
        AssertSameButHash(record);
    }

    [Fact]
    public void ParseToRoute_RecordWithTextThatIsNotUtf16_IsMalformedAsWithParse()
    {
        const string Record =
            """{"type": "Draw", "id": "d1", "borrower": "b1", "line": "l1", "amount": "x", "note": "\ud800"}""";

        Assert.Equal(ParseStatus.Malformed, CommandParser.Parse(Record).Status);
        Assert.Equal(ParseStatus.Malformed, CommandParser.ParseToRoute(Record).Status);
    }

    private static void AssertSameButHash(string record)
    {
        var parsed = CommandParser.Parse(record);
        var routed = CommandParser.ParseToRoute(record);
        Assert.Equal(parsed with { Command = null }, routed with { Command = null });
        if (parsed.Command is null)
        {
            Assert.Null(routed.Command);
            return;
        }

        Assert.NotNull(routed.Command);
        Assert.Empty(routed.Command.ContentHash);
        Assert.Equal(32, parsed.Command.ContentHash.Length);
        Assert.Equal(parsed.Command with { ContentHash = routed.Command.ContentHash }, routed.Command,
            CommandComparer.Instance);
    }

    /// <summary>Two commands equal as records, their lists (an order's tranches) compared by content.</summary>
    private sealed class CommandComparer : IEqualityComparer<LedgerCommand>
    {
        public static readonly CommandComparer Instance = new();

        public bool Equals(LedgerCommand? x, LedgerCommand? y) =>
            x is not null && y is not null && x.GetType() == y.GetType()
            && System.Text.Json.JsonSerializer.Serialize(x, x.GetType())
                == System.Text.Json.JsonSerializer.Serialize(y, y.GetType());

        public int GetHashCode(LedgerCommand obj) => obj.GetType().GetHashCode();
    }
}
