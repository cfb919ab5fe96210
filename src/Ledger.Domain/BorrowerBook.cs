using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Ledger.Domain;

/// <summary>The final outcome recorded for a command id, with the SHA-256 of the content it was given for. A value
/// with the digest inline: a book remembers every id it was sent (semantics §7), so each one costs its dictionary
/// entry and its id string, not three more small objects that every collection of the young heap would have to
/// trace and promote.</summary>
public readonly struct RecordedOutcome
{
    /// <summary>Length of a content hash (SHA-256).</summary>
    public const int ContentHashLength = 32;

    private readonly Digest _digest;

    public RecordedOutcome(ReadOnlySpan<byte> contentHash, CommandOutcome outcome)
    {
        if (contentHash.Length != ContentHashLength)
        {
            throw new ArgumentException(
                $"A content hash is {ContentHashLength} bytes, not {contentHash.Length}.", nameof(contentHash));
        }

        contentHash.CopyTo(_digest);
        Outcome = outcome;
    }

    public CommandOutcome Outcome { get; }

    /// <summary>Whether this outcome was recorded for content with this hash (a retry rather than a conflict).</summary>
    public bool IsFor(ReadOnlySpan<byte> contentHash) => contentHash.SequenceEqual(_digest);

    [InlineArray(ContentHashLength)]
    private struct Digest
    {
        private byte _first;
    }
}

/// <summary>A newly recorded outcome, for the commit that makes it durable.</summary>
public sealed record NewOutcome(string CommandId, byte[] ContentHash, CommandOutcome Outcome, DateOnly? BusinessDate);

/// <summary>What a book changed since the last drain: the unit a commit makes durable.</summary>
public sealed class BookChanges
{
    public List<JournalEntry> Journal { get; } = [];

    public List<NewOutcome> Outcomes { get; } = [];

    public bool BorrowerChanged { get; set; }

    public SortedSet<string> LinesChanged { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> OrdersChanged { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Journal.Count == 0 && Outcomes.Count == 0 && !BorrowerChanged
        && LinesChanged.Count == 0 && OrdersChanged.Count == 0;
}

/// <summary>Everything of one borrower: the borrower, its credit lines and orders, and the outcomes of the
/// commands addressed to it (the scope of their ids). All checks that span the borrower's entities happen here,
/// so one borrower is the unit of consistency.</summary>
public sealed class BorrowerBook : IBookContext
{
    private readonly SortedDictionary<string, CreditLine> _lines = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SupplyOrder> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordedOutcome> _outcomes = new(StringComparer.Ordinal);
    /// <summary>Null while nothing changed since the last drain: a book lives long (it is a grain's state), so a
    /// set of changes kept ready in it between turns would outlive the young heap every turn.</summary>
    private BookChanges? _pending;
    private DateOnly _businessDate;

    public BorrowerBook(string borrowerId)
    {
        if (!Values.IsValidId(borrowerId))
        {
            throw new ArgumentException($"'{borrowerId}' is not a valid borrower id.", nameof(borrowerId));
        }

        BorrowerId = borrowerId;
    }

    public string BorrowerId { get; }

    /// <summary>The borrower, or null while it has not been opened (its outcomes may still be recorded).</summary>
    public Borrower? Borrower { get; private set; }

    public IReadOnlyDictionary<string, CreditLine> Lines => _lines;

    public IReadOnlyDictionary<string, SupplyOrder> Orders => _orders;

    public IReadOnlyDictionary<string, RecordedOutcome> Outcomes => _outcomes;

    DateOnly IBookContext.BusinessDate => _businessDate;

    Borrower IBookContext.Borrower => Borrower ?? throw new UnreachableException("No borrower in its own book.");

    /// <summary>Rebuilds a book from stored state.</summary>
    public static BorrowerBook Restore(string borrowerId, Borrower? borrower, IEnumerable<CreditLine> lines,
        IEnumerable<SupplyOrder> orders, IEnumerable<KeyValuePair<string, RecordedOutcome>> outcomes)
    {
        var book = new BorrowerBook(borrowerId) { Borrower = borrower };
        foreach (var line in lines)
        {
            book._lines.Add(line.Id, line);
        }

        foreach (var order in orders)
        {
            book._orders.Add(order.Id, order);
        }

        foreach (var (id, outcome) in outcomes)
        {
            book._outcomes.Add(id, outcome);
        }

        book.AssertInvariants();
        return book;
    }

    /// <summary>Handles a command addressed to this borrower on <paramref name="businessDate"/> (null while the
    /// ledger has none). A retry of a recorded id returns its outcome and changes nothing.</summary>
    public CommandOutcome Handle(BorrowerCommand command, DateOnly? businessDate)
    {
        if (command.Borrower != BorrowerId)
        {
            throw new ArgumentException($"Command {command.Id} names {command.Borrower}, not {BorrowerId}.",
                nameof(command));
        }

        if (businessDate is { } today)
        {
            // Strictly before deciding, with the terms in force on those days: a command of today (a rate change,
            // a deferral) applies after the days before today are closed, exactly as after an eager end of day.
            CloseDaysBefore(today);
        }

        if (_outcomes.TryGetValue(command.Id, out var recorded))
        {
            return recorded.IsFor(command.ContentHash)
                ? recorded.Outcome
                : CommandOutcome.DuplicateIdConflict;
        }

        var outcome = businessDate is { } date ? Decide(command, date) : CommandOutcome.NoBusinessDate;
        _outcomes.Add(command.Id, new RecordedOutcome(command.ContentHash, outcome));
        Changes.Outcomes.Add(new NewOutcome(command.Id, command.ContentHash, outcome, businessDate));
        return outcome;
    }

    private CommandOutcome Decide(BorrowerCommand command, DateOnly businessDate)
    {
        _businessDate = businessDate;
        if (command is OpenBorrower open)
        {
            if (Borrower is not null)
            {
                return CommandOutcome.AlreadyExists;
            }

            Borrower = new Borrower
            {
                Id = BorrowerId, LimitMinor = open.LimitMinor, ClosedThrough = businessDate.AddDays(-1),
            };
            Changes.BorrowerChanged = true;
            return CommandOutcome.Accepted;
        }

        if (Borrower is null)
        {
            return CommandOutcome.UnknownBorrower;
        }

        return command switch
        {
            LineCommand line => DecideLine(line, businessDate),
            OrderCommand order => DecideOrder(order, businessDate),
            _ => MarkBorrower(Borrower.Handle(command)),
        };
    }

    private CommandOutcome DecideLine(LineCommand command, DateOnly businessDate)
    {
        if (command is OpenCreditLine open)
        {
            if (_lines.ContainsKey(open.Line))
            {
                return CommandOutcome.AlreadyExists;
            }

            if (open.ExpiryDate < businessDate)
            {
                return CommandOutcome.InvalidCommand;
            }

            _lines.Add(open.Line, CreditLine.Open(open));
            Changes.LinesChanged.Add(open.Line);
            return CommandOutcome.Accepted;
        }

        if (!_lines.TryGetValue(command.Line, out var line))
        {
            return CommandOutcome.UnknownLine;
        }

        // Check 5 of §7, before the line's own checks: an effective date or a deferral's maturity in the past.
        if ((command is ChangeRate change && change.EffectiveDate < businessDate)
            || (command is ExtendLine extend && extend.MaturityDate < businessDate))
        {
            return CommandOutcome.InvalidCommand;
        }

        var outcome = line.Handle(command, this);
        if (outcome == CommandOutcome.Accepted)
        {
            Changes.LinesChanged.Add(line.Id);
            Changes.BorrowerChanged = true;
        }

        return outcome;
    }

    private CommandOutcome DecideOrder(OrderCommand command, DateOnly businessDate)
    {
        if (command is OpenOrder open)
        {
            if (_orders.ContainsKey(open.Order))
            {
                return CommandOutcome.AlreadyExists;
            }

            if (open.MaturityDate < businessDate || open.Tranches.Any(t => t.ReleaseDate <= businessDate))
            {
                return CommandOutcome.InvalidCommand;
            }

            _orders.Add(open.Order, SupplyOrder.Open(open));
            Changes.OrdersChanged.Add(open.Order);
            return CommandOutcome.Accepted;
        }

        if (!_orders.TryGetValue(command.Order, out var order))
        {
            return CommandOutcome.UnknownOrder;
        }

        if (command is ExtendOrder extend && extend.MaturityDate < businessDate)
        {
            return CommandOutcome.InvalidCommand;
        }

        var outcome = order.Handle(command, this);
        if (outcome == CommandOutcome.Accepted)
        {
            Changes.OrdersChanged.Add(order.Id);
            Changes.BorrowerChanged = true;
        }

        return outcome;
    }

    private CommandOutcome MarkBorrower(CommandOutcome outcome)
    {
        if (outcome == CommandOutcome.Accepted)
        {
            Changes.BorrowerChanged = true;
        }

        return outcome;
    }

    /// <summary>The last day this book has closed; null while the borrower is not opened.</summary>
    public DateOnly? ClosedThrough => Borrower?.ClosedThrough;

    /// <summary>Whether the book has days to close before <paramref name="businessDate"/>.</summary>
    public bool HasDaysToCloseBefore(DateOnly businessDate) =>
        Borrower is { } borrower && ClosedThroughOf(borrower) < businessDate.AddDays(-1);

    /// <summary>Closes, in order, every day of this book from the day after <see cref="ClosedThrough"/> through
    /// the day before <paramref name="businessDate"/>: for each such day D, the end of day of semantics §2 as it
    /// concerns this borrower (accrue D on every line and order, then release the tranches due on D + 1). Every
    /// step of an end of day concerns one borrower's own book, so closing books one by one, whenever each is next
    /// touched, gives exactly the books of a ledger-wide end of day. Returns the number of days closed.</summary>
    public int CloseDaysBefore(DateOnly businessDate)
    {
        if (Borrower is not { } borrower)
        {
            return 0;
        }

        var closed = 0;
        for (var day = ClosedThroughOf(borrower).AddDays(1); day < businessDate; day = day.AddDays(1))
        {
            CloseDay(day);
            closed++;
        }

        return closed;
    }

    /// <summary>Closes day <paramref name="day"/>, which must be the day after the last one closed.</summary>
    public void CloseDay(DateOnly day)
    {
        if (Borrower is not { } borrower)
        {
            return;
        }

        var expected = ClosedThroughOf(borrower).AddDays(1);
        if (day != expected)
        {
            throw new InvalidOperationException(
                $"The book of {BorrowerId} closes {Values.FormatDate(expected)} next, not {Values.FormatDate(day)}.");
        }

        AccrueDay(day);
        ReleaseScheduled(day.AddDays(1));
        borrower.ClosedThrough = day;
        Changes.BorrowerChanged = true;
    }

    private DateOnly ClosedThroughOf(Borrower borrower) => borrower.ClosedThrough
        ?? throw new InvalidOperationException(
            $"The book of {BorrowerId} does not say which day it closed last; the store fills that in on load.");

    /// <summary>End of day, step 1, for this borrower: accrues closed day <paramref name="day"/> on every line
    /// and order (cancelled ones too). A day already accrued is skipped.</summary>
    private void AccrueDay(DateOnly day)
    {
        _businessDate = day;
        foreach (var line in _lines.Values)
        {
            if (line.Balance.AccruedThrough is null || line.Balance.AccruedThrough < day)
            {
                line.AccrueDay(day, this);
                Changes.LinesChanged.Add(line.Id);
            }
        }

        foreach (var order in _orders.Values)
        {
            if (order.Balance.AccruedThrough is null || order.Balance.AccruedThrough < day)
            {
                order.AccrueDay(day, this);
                Changes.OrdersChanged.Add(order.Id);
            }
        }
    }

    /// <summary>End of day, step 3, for this borrower: releases the scheduled tranches due on or before the new
    /// business date, orders in ordinal id order.</summary>
    private void ReleaseScheduled(DateOnly newDate)
    {
        if (Borrower is null)
        {
            return;
        }

        _businessDate = newDate;
        foreach (var order in _orders.Values)
        {
            if (order.ReleaseScheduled(newDate, this))
            {
                Changes.OrdersChanged.Add(order.Id);
                Changes.BorrowerChanged = true;
            }
        }
    }

    void IBookContext.Post(DateOnly date, EntityKind kind, string entityId, string journalEvent, string? commandId,
        IReadOnlyList<Posting> postings)
    {
        var borrower = Borrower ?? throw new UnreachableException("A journal entry for a borrower not opened.");
        var entry = new JournalEntry(BorrowerId, borrower.NextEntrySeq, date, kind, entityId, journalEvent,
            commandId, postings);
        borrower.NextEntrySeq++;
        Changes.BorrowerChanged = true;
        Changes.Journal.Add(entry);
    }

    private BookChanges Changes => _pending ??= new BookChanges();

    /// <summary>Takes what changed since the last drain, after asserting the book's money invariants: the point
    /// of commit.</summary>
    public BookChanges DrainChanges()
    {
        AssertInvariants();
        var changes = _pending ?? new BookChanges();
        _pending = null;
        return changes;
    }

    /// <summary>Exposure equals the sum of principals; no balance is negative. Always checked, never only in
    /// Debug: a broken invariant is a bug and must stop the commit.</summary>
    public void AssertInvariants()
    {
        long principalSum = 0;
        foreach (var balance in _lines.Values.Select(l => l.Balance).Concat(_orders.Values.Select(o => o.Balance)))
        {
            if (balance.PrincipalMinor < 0 || balance.InterestMinor < 0 || balance.PenaltyMinor < 0)
            {
                throw new UnreachableException($"A negative balance in the book of {BorrowerId}.");
            }

            principalSum += balance.PrincipalMinor;
        }

        var exposure = Borrower?.ExposureMinor ?? 0;
        if (exposure != principalSum)
        {
            throw new UnreachableException(
                $"Exposure of {BorrowerId} is {exposure} but its principals sum to {principalSum}.");
        }
    }
}
