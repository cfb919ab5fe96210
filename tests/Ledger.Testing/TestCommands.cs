using System.Text.Json.Nodes;
using Ledger.Domain;
using Xunit;

namespace Ledger.Testing;

/// <summary>Builds well-formed commands the way a ledger gets them: a stream record (stream-format.md) parsed by
/// <see cref="CommandParser"/>.</summary>
public static class TestCommands
{
    /// <summary>The business date most tests start on.</summary>
    public static readonly DateOnly Day1 = new(2024, 3, 1);

    /// <summary>A rate that makes 36,000,000 fen bear exactly 1,000 fen a day under ACT/360.</summary>
    public const string OnePercent = "0.01";

    public static SetBusinessDate SetBusinessDate(DateOnly date, string id = "start") =>
        Parse<SetBusinessDate>(Record("SetBusinessDate", id, ("date", Date(date))));

    public static EndOfDay EndOfDay(DateOnly date, string? id = null) =>
        Parse<EndOfDay>(Record("EndOfDay", id ?? $"eod-{Values.FormatDate(date)}", ("date", Date(date))));

    public static OpenBorrower OpenBorrower(string borrower, long limitMinor = 1_000_000_000_000, string? id = null) =>
        Parse<OpenBorrower>(Record("OpenBorrower", id ?? $"open-{borrower}", ("borrower", borrower),
            ("limit", limitMinor)));

    public static SetBorrowerLimit SetBorrowerLimit(string borrower, long limitMinor, string id) =>
        Parse<SetBorrowerLimit>(Record("SetBorrowerLimit", id, ("borrower", borrower), ("limit", limitMinor)));

    public static OpenCreditLine OpenLine(string borrower, string line, long limitMinor = 1_000_000_000_000,
        string rate = OnePercent, string? id = null) =>
        Parse<OpenCreditLine>(Record("OpenCreditLine", id ?? $"open-{borrower}-{line}", ("borrower", borrower),
            ("line", line), ("limit", limitMinor), ("rate", rate), ("expiryDate", "2025-02-28")));

    public static Draw Draw(string borrower, string line, long amountMinor, string id) =>
        Parse<Draw>(Record("Draw", id, ("borrower", borrower), ("line", line), ("amount", amountMinor)));

    public static Repay Repay(string borrower, string line, long amountMinor, string id) =>
        Parse<Repay>(Record("Repay", id, ("borrower", borrower), ("line", line), ("amount", amountMinor)));

    public static ExtendLine ExtendLine(string borrower, string line, DateOnly maturityDate, string id) =>
        Parse<ExtendLine>(Record("ExtendLine", id, ("borrower", borrower), ("line", line),
            ("maturityDate", Date(maturityDate))));

    public static ExtendOrder ExtendOrder(string borrower, string order, DateOnly maturityDate, string id) =>
        Parse<ExtendOrder>(Record("ExtendOrder", id, ("borrower", borrower), ("order", order),
            ("maturityDate", Date(maturityDate))));

    /// <summary>An order whose tranches are released by end of day on the given dates.</summary>
    public static OpenOrder OpenOrder(string borrower, string order, string supplier,
        IEnumerable<(long AmountMinor, DateOnly ReleaseDate)> tranches, string rate = OnePercent) =>
        Parse<OpenOrder>(Record("OpenOrder", $"open-{borrower}-{order}", ("borrower", borrower), ("order", order),
            ("supplier", supplier), ("rate", rate), ("maturityDate", "2024-12-31"),
            ("tranches", new JsonArray([.. tranches.Select(t => (JsonNode)new JsonObject
            {
                ["amount"] = t.AmountMinor,
                ["releaseDate"] = Date(t.ReleaseDate),
            })]))));

    private static string Date(DateOnly date) => Values.FormatDate(date);

    private static JsonObject Record(string type, string id, params (string Name, JsonNode Value)[] fields)
    {
        var record = new JsonObject { ["type"] = type, ["id"] = id };
        foreach (var (name, value) in fields)
        {
            record[name] = value;
        }

        return record;
    }

    /// <summary>The stream record <paramref name="command"/> was parsed from (for paths that take records: a grain's
    /// <c>SubmitRecordsAsync</c>, the HTTP API).</summary>
    public static string RecordOf(LedgerCommand command) =>
        Records.TryGetValue(command, out var record)
            ? record
            : throw new ArgumentException($"Command {command.Id} was not built by {nameof(TestCommands)}.");

    /// <summary>By reference: the commands are records, equal by value, and two equal ones have equal records anyway.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LedgerCommand, string> Records = [];

    private static T Parse<T>(JsonObject record)
        where T : LedgerCommand
    {
        var text = record.ToJsonString();
        var parsed = CommandParser.Parse(text);
        Assert.True(parsed.Status == ParseStatus.Valid, $"{text}: {parsed.Message}");
        var command = Assert.IsType<T>(parsed.Command);
        Records.AddOrUpdate(command, text);
        return command;
    }
}
