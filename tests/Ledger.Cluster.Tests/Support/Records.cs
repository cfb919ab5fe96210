namespace Ledger.Cluster.Tests.Support;

/// <summary>Stream records (stream-format.md) as the API takes them.</summary>
internal static class Records
{
    public const string Day1 = "2024-03-01";

    public static string SetBusinessDate(string date = Day1, string id = "start") =>
        $$"""{"type":"SetBusinessDate","id":"{{id}}","date":"{{date}}"}""";

    public static string EndOfDay(string date, string? id = null) =>
        $$"""{"type":"EndOfDay","id":"{{id ?? "eod-" + date}}","date":"{{date}}"}""";

    public static string OpenBorrower(string borrower, long limit = 1_000_000_000_000) =>
        $$"""{"type":"OpenBorrower","id":"open-{{borrower}}","borrower":"{{borrower}}","limit":{{limit}}}""";

    public static string OpenLine(string borrower, string line = "L1", long limit = 1_000_000_000_000) =>
        $$"""{"type":"OpenCreditLine","id":"open-{{borrower}}-{{line}}","borrower":"{{borrower}}","line":"{{line}}","limit":{{limit}},"rate":"0.0435","expiryDate":"2025-02-28","maturityDate":"2025-03-31"}""";

    public static string Draw(string borrower, long amount, string id, string line = "L1") =>
        $$"""{"type":"Draw","id":"{{id}}","borrower":"{{borrower}}","line":"{{line}}","amount":{{amount}}}""";

}
