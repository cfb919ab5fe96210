using System.Globalization;
using System.Text.Json.Nodes;

namespace Ledger.Domain.Tests.Support;

/// <summary>An <see cref="InMemoryLedger"/> (journal kept) driven by JSON records, the way the dry-run replay
/// drives it: parse, then apply what parsed. Every method returns the outcome code. Command ids are generated
/// unless a test names one.</summary>
/// <param name="lazyEndOfDay">Run the ledger in its lazy end-of-day mode: books close their days when next
/// touched.</param>
internal sealed class LedgerHarness(bool lazyEndOfDay = false)
{
    public const string Start = "2024-03-01";

    /// <summary>The rate that makes 36,000,000 fen bear exactly 1,000 fen a day under ACT/360.</summary>
    public const string OnePercent = "0.01";

    private int _nextId;

    public InMemoryLedger Ledger { get; } = new(keepJournal: true, lazyEndOfDay);

    public bool IsLazy => lazyEndOfDay;

    public DateOnly BusinessDate => Ledger.BusinessDate ?? throw new InvalidOperationException("No business date.");

    /// <summary>A ledger with its business date set to <see cref="Start"/>.</summary>
    public static LedgerHarness Started(bool lazyEndOfDay = false)
    {
        var harness = new LedgerHarness(lazyEndOfDay);
        Assert.Equal("ACCEPTED", harness.SetBusinessDate(Start));
        return harness;
    }

    /// <summary>A started ledger with borrower <paramref name="borrower"/> (limit <paramref name="limitMinor"/>).
    /// </summary>
    public static LedgerHarness WithBorrower(string borrower = "B1", long limitMinor = 1_000_000_000)
    {
        var harness = Started();
        Assert.Equal("ACCEPTED", harness.OpenBorrower(borrower, limitMinor));
        return harness;
    }

    /// <summary>The date <paramref name="days"/> after the business date, as a record writes it.</summary>
    public string Day(int days) => Values.FormatDate(BusinessDate.AddDays(days));

    public static DateOnly DateOf(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string NextId() => $"t{++_nextId}";

    /// <summary>Parses <paramref name="record"/> and applies it when it parsed: the outcome code the replay tool
    /// would report (<c>MALFORMED</c> for a record without a readable id).</summary>
    public string Apply(string record)
    {
        var parsed = CommandParser.Parse(record);
        return parsed.Status switch
        {
            ParseStatus.Malformed => "MALFORMED",
            ParseStatus.ShapeRejected => parsed.Reason.ToCode(),
            _ => Ledger.Apply(parsed.Command!).ToCode(),
        };
    }

    public string Apply(JsonObject record) => Apply(record.ToJsonString());

    public string Send(string type, params (string Name, JsonNode? Value)[] fields) =>
        Apply(Records.Of(type, NextId(), fields));

    public string SetBusinessDate(string date) => Send("SetBusinessDate", ("date", date));

    /// <summary>End of day for <paramref name="date"/>, by default the business date.</summary>
    public string EndOfDay(string? date = null) => Send("EndOfDay", ("date", date ?? Day(0)));

    /// <summary>Closes <paramref name="days"/> days in a row, each of which must be accepted.</summary>
    public void RunDays(int days)
    {
        for (var i = 0; i < days; i++)
        {
            Assert.Equal("ACCEPTED", EndOfDay());
        }
    }

    public string OpenBorrower(string borrower, long limitMinor) =>
        Send("OpenBorrower", ("borrower", borrower), ("limit", limitMinor));

    public string SetBorrowerLimit(string borrower, long limitMinor) =>
        Send("SetBorrowerLimit", ("borrower", borrower), ("limit", limitMinor));

    public string Freeze(string borrower) => Send("FreezeBorrower", ("borrower", borrower));

    public string Unfreeze(string borrower) => Send("UnfreezeBorrower", ("borrower", borrower));

    /// <summary>Opens a line; its expiry defaults to 60 days after the business date.</summary>
    public string OpenLine(string borrower, string line, long limitMinor, string rate = OnePercent,
        string? expiryDate = null, string? maturityDate = null, string? dayCount = null, string? multiplier = null) =>
        Send("OpenCreditLine", ("borrower", borrower), ("line", line), ("limit", limitMinor), ("rate", rate),
            ("expiryDate", expiryDate ?? Day(60)), ("maturityDate", maturityDate), ("dayCount", dayCount),
            ("penaltyMultiplier", multiplier));

    public string Draw(string borrower, string line, long amountMinor) =>
        Send("Draw", ("borrower", borrower), ("line", line), ("amount", amountMinor));

    public string Repay(string borrower, string line, long amountMinor) =>
        Send("Repay", ("borrower", borrower), ("line", line), ("amount", amountMinor));

    public string ChangeRate(string borrower, string line, string rate, string effectiveDate) =>
        Send("ChangeRate", ("borrower", borrower), ("line", line), ("rate", rate), ("effectiveDate", effectiveDate));

    public string CloseLine(string borrower, string line) => Send("CloseLine", ("borrower", borrower), ("line", line));

    public string ExtendLine(string borrower, string line, string maturityDate) =>
        Send("ExtendLine", ("borrower", borrower), ("line", line), ("maturityDate", maturityDate));

    /// <summary>Opens an order; its maturity defaults to 60 days after the business date.</summary>
    public string OpenOrder(string borrower, string order, IEnumerable<JsonObject> tranches,
        string rate = OnePercent, string? maturityDate = null, string supplier = "SUP1", string? dayCount = null,
        string? multiplier = null) =>
        Send("OpenOrder", ("borrower", borrower), ("order", order), ("supplier", supplier), ("rate", rate),
            ("maturityDate", maturityDate ?? Day(60)), ("tranches", Records.Tranches(tranches)),
            ("dayCount", dayCount), ("penaltyMultiplier", multiplier));

    /// <summary>Opens an order of <paramref name="count"/> unscheduled tranches of
    /// <paramref name="amountMinor"/> each.</summary>
    public string OpenOrder(string borrower, string order, int count, long amountMinor,
        string rate = OnePercent, string? maturityDate = null) =>
        OpenOrder(borrower, order, Enumerable.Range(0, count).Select(_ => Records.Tranche(amountMinor)), rate,
            maturityDate);

    public string Release(string borrower, string order, int tranche) =>
        Send("ReleaseTranche", ("borrower", borrower), ("order", order), ("tranche", tranche));

    public string RepayOrder(string borrower, string order, long amountMinor) =>
        Send("RepayOrder", ("borrower", borrower), ("order", order), ("amount", amountMinor));

    public string CancelOrder(string borrower, string order) =>
        Send("CancelOrder", ("borrower", borrower), ("order", order));

    public string ExtendOrder(string borrower, string order, string maturityDate) =>
        Send("ExtendOrder", ("borrower", borrower), ("order", order), ("maturityDate", maturityDate));

    public Borrower Borrower(string borrower) => Ledger.Books[borrower].Borrower!;

    public CreditLine Line(string borrower, string line) => Ledger.Books[borrower].Lines[line];

    public SupplyOrder Order(string borrower, string order) => Ledger.Books[borrower].Orders[order];

    /// <summary>The journal entries of one entity, in the order made.</summary>
    public IEnumerable<JournalEntry> EntriesOf(string borrower, string entityId, string journalEvent) =>
        Ledger.Journal.Where(e => e.Borrower == borrower && e.EntityId == entityId && e.Event == journalEvent);

    /// <summary>The amounts posted to <paramref name="account"/> by the entity's entries of one event.</summary>
    public long[] Posted(string borrower, string entityId, string journalEvent, string account) =>
        [.. EntriesOf(borrower, entityId, journalEvent)
            .SelectMany(e => e.Postings).Where(p => p.Account == account).Select(p => p.AmountMinor)];

    /// <summary>What a line or order owes now: principal, interest, penalty.</summary>
    public static (long Principal, long Interest, long Penalty) Owed(LoanBalance balance) =>
        (balance.PrincipalMinor, balance.InterestMinor, balance.PenaltyMinor);
}
