using System.Diagnostics;

namespace Ledger.Domain;

/// <summary>Which entity of a borrower a journal entry or a state row belongs to.</summary>
public enum EntityKind
{
    Borrower = 1,
    Line = 2,
    Order = 3,
}

/// <summary>The account classes of semantics §6.</summary>
public static class Accounts
{
    public const string LoanPrincipal = "loan-principal";
    public const string DisbursementClearing = "disbursement-clearing";
    public const string InterestReceivable = "interest-receivable";
    public const string InterestIncome = "interest-income";
    public const string PenaltyReceivable = "penalty-receivable";
    public const string PenaltyIncome = "penalty-income";
    public const string RepaymentClearing = "repayment-clearing";
    public const string SupplierPayablePrefix = "supplier-payable:";

    public static string SupplierPayable(string supplier) => SupplierPayablePrefix + supplier;
}

/// <summary>The events that make journal entries.</summary>
public static class JournalEvents
{
    public const string Draw = "draw";
    public const string Release = "release";
    public const string InterestAccrual = "interest-accrual";
    public const string PenaltyAccrual = "penalty-accrual";
    public const string Repayment = "repayment";
}

/// <summary>One posting: a debit is positive, a credit negative.</summary>
public readonly record struct Posting(string Account, long AmountMinor);

/// <summary>A journal entry: postings whose debits equal its credits, never changed once made.
/// <see cref="EntrySeq"/> numbers the borrower's entries from 1.</summary>
public sealed record JournalEntry
{
    public JournalEntry(string borrower, long entrySeq, DateOnly date, EntityKind entityKind, string entityId,
        string journalEvent, string? commandId, IReadOnlyList<Posting> postings)
    {
        long sum = 0;
        foreach (var posting in postings)
        {
            if (posting.AmountMinor == 0)
            {
                throw new UnreachableException($"A zero posting to {posting.Account} in a {journalEvent} entry.");
            }

            sum = checked(sum + posting.AmountMinor);
        }

        // Every entry balances: asserted always, not only in Debug builds.
        if (sum != 0 || postings.Count < 2)
        {
            throw new UnreachableException(
                $"Unbalanced {journalEvent} entry for {borrower}/{entityId}: debits minus credits = {sum}.");
        }

        Borrower = borrower;
        EntrySeq = entrySeq;
        Date = date;
        EntityKind = entityKind;
        EntityId = entityId;
        Event = journalEvent;
        CommandId = commandId;
        Postings = postings;
    }

    public string Borrower { get; }

    public long EntrySeq { get; }

    public DateOnly Date { get; }

    public EntityKind EntityKind { get; }

    public string EntityId { get; }

    public string Event { get; }

    public string? CommandId { get; }

    public IReadOnlyList<Posting> Postings { get; }
}
