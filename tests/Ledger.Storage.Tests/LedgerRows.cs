using System.Security.Cryptography;
using System.Text;
using Ledger.Storage;

namespace Ledger.Storage.Tests;

/// <summary>Builders for the rows a batch carries, with the defaults the contract tests share.</summary>
internal static class LedgerRows
{
    internal const string Accepted = "ACCEPTED";
    internal const string LoansAccount = "LOANS_RECEIVABLE";
    internal const string CashAccount = "CASH";

    /// <summary>The day before <see cref="Day1"/>: the day a book opened on Day1 has closed through.</summary>
    internal static readonly DateOnly Day0 = new(2025, 3, 2);
    internal static readonly DateOnly Day1 = new(2025, 3, 3);
    internal static readonly DateOnly Day2 = new(2025, 3, 4);
    internal static readonly DateOnly Day3 = new(2025, 3, 5);

    internal static byte[] State(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A grain's first write. A borrower row carries the day its book has closed through
    /// (<paramref name="closedThrough"/>, <see cref="Day0"/> unless given); other rows carry none.</summary>
    internal static GrainWrite NewGrain(
        int partitionId, string borrowerId, GrainKind kind = GrainKind.Borrower, string entityId = "",
        DateOnly? closedThrough = null) =>
        new(partitionId, borrowerId, kind, entityId, 0, 1, State($"{borrowerId}/{entityId}@1"),
            ClosedThroughOf(kind, closedThrough));

    internal static GrainWrite UpdatedGrain(
        int partitionId, string borrowerId, long expectedVersion, GrainKind kind = GrainKind.Borrower,
        string entityId = "", DateOnly? closedThrough = null) =>
        new(partitionId, borrowerId, kind, entityId, expectedVersion, expectedVersion + 1,
            State($"{borrowerId}/{entityId}@{expectedVersion + 1}"), ClosedThroughOf(kind, closedThrough));

    private static DateOnly? ClosedThroughOf(GrainKind kind, DateOnly? closedThrough) =>
        kind == GrainKind.Borrower ? closedThrough ?? Day0 : null;

    internal static OutcomeRecord Outcome(
        string scope, string commandId, int partitionId, string outcome = Accepted, DateOnly? businessDate = null) =>
        new(scope, commandId, partitionId, SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}/{commandId}/{outcome}")),
            outcome, businessDate);

    /// <summary>A balanced two-posting entry: <paramref name="amountMinor"/> debited to
    /// <paramref name="debit"/>, credited to <paramref name="credit"/>.</summary>
    internal static JournalPosting[] Entry(
        int partitionId, string borrowerId, long entrySeq, long amountMinor, string debit = LoansAccount,
        string credit = CashAccount, string? commandId = null) =>
    [
        Posting(partitionId, borrowerId, entrySeq, 1, debit, amountMinor, commandId),
        Posting(partitionId, borrowerId, entrySeq, 2, credit, -amountMinor, commandId),
    ];

    internal static JournalPosting Posting(
        int partitionId, string borrowerId, long entrySeq, int postingNo, string account, long amountMinor,
        string? commandId = null) =>
        new(partitionId, borrowerId, entrySeq, postingNo, Day1, GrainKind.Line, "L1", "Draw", commandId, account,
            amountMinor);

    internal static CommitBatch Batch() => new();
}
