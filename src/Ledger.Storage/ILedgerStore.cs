namespace Ledger.Storage;

/// <summary>
/// The durable store of a ledger: grain state rows, command outcome records, the append-only journal, the
/// ledger-wide business date and the day through which every book has closed. It knows nothing of money rules:
/// grain state is an opaque blob the grains encode. It is the arbiter between writers of one book (two activations
/// of a grain, a grain and the sweep): every write goes through <see cref="CommitAsync"/> or
/// <see cref="CommitClosedBooksAsync"/>, which prove, inside their transaction, the book version each write was
/// decided on.
/// </summary>
public interface ILedgerStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema (safe when several silos start at once) and creates the
    /// ledger with <paramref name="partitionCount"/> partitions if it does not exist yet. Returns the ledger's
    /// real partition count, which is fixed at creation and wins over the argument.</summary>
    Task<int> InitializeAsync(int partitionCount, CancellationToken cancellationToken);

    /// <summary>The ledger-wide business date, or null while none is set.</summary>
    Task<DateOnly?> GetBusinessDateAsync(CancellationToken cancellationToken);

    /// <summary>Everything stored for one borrower: its grain rows and its command outcome records
    /// (scope = borrower id).</summary>
    Task<BorrowerRecord> LoadBorrowerAsync(string borrowerId, CancellationToken cancellationToken);

    /// <summary>As <see cref="LoadBorrowerAsync"/> for several borrowers at once (the books of grains activating
    /// together, read in one round trip): one record per distinct id given, an empty one for a borrower with
    /// nothing stored.</summary>
    Task<IReadOnlyDictionary<string, BorrowerRecord>> LoadBorrowersAsync(IReadOnlyCollection<string> borrowerIds,
        CancellationToken cancellationToken);

    /// <summary>The outcome recorded for a ledger-scope command (SetBusinessDate, EndOfDay), or null.</summary>
    Task<OutcomeRecord?> GetLedgerOutcomeAsync(string commandId, CancellationToken cancellationToken);

    /// <summary>Commits one batch: its rows outside turns (<see cref="CommitBatch.Grains"/>,
    /// <see cref="CommitBatch.Outcomes"/>, <see cref="CommitBatch.Postings"/>) and its date step all or nothing, and
    /// each of its <see cref="CommitBatch.Turns"/> all or nothing on its own: a turn whose book proof fails
    /// (<see cref="CommitTurn.BookVersion"/>) or whose outcome or journal key is stored already writes nothing and
    /// is reported in the result, while the other turns commit. A turn built on a failed turn of the same borrower
    /// earlier in the batch fails with it. Throws, writing nothing, <see cref="BusinessDateChangedException"/> when the
    /// required business date is not the ledger's, and <see cref="VersionConflictException"/> when a row outside
    /// turns conflicts. <paramref name="siloId"/> names the writer in errors.</summary>
    Task<CommitResult> CommitAsync(string siloId, CommitBatch batch, CancellationToken cancellationToken);

    /// <summary>What a failure of one of this store's calls means (<see cref="StoreFailure"/>): callers answer a
    /// transient one with "try again" and a fault as the bug it is. A store may act on it too: the PostgreSQL store
    /// empties its connection pool when the server went away, so that no connection broken by a restart or a
    /// failover is handed out again.</summary>
    StoreFailure Classify(Exception failure);

    /// <summary>Grain rows of one kind, all partitions, ordered ordinally by the key
    /// <c>borrower_id</c> (kind borrower) or <c>borrower_id + "/" + entity_id</c> (line, order).</summary>
    IAsyncEnumerable<GrainRow> StreamGrainsAsync(GrainKind kind, CancellationToken cancellationToken);

    /// <summary>The books of one partition that have days to close: every grain row of at most
    /// <paramref name="maxBooks"/> borrowers whose borrower row's closed day is before
    /// <paramref name="closeThrough"/> and whose id is ordinally after <paramref name="afterBorrowerId"/> ("" for
    /// the first chunk), ordered by borrower id, then kind, then entity id, leaving out the borrowers in
    /// <paramref name="skipping"/> (books in use, which close on their own next commands). The sweep reads a
    /// partition in such chunks, in key order.</summary>
    Task<IReadOnlyList<GrainRow>> LoadBooksToCloseAsync(int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        CancellationToken cancellationToken);

    /// <summary>Writes books the sweep closed, all in one partition, in one transaction: each book only if its
    /// borrower row is still at <see cref="ClosedBook.ExpectedVersion"/> and no other transaction holds it locked
    /// (such a book is skipped, never waited for: its grain closes it, or the next sweep pass); its postings only
    /// if the book was written. No claim is proved: each book's version is the arbiter, so two sweepers closing
    /// the same book at once write it once. Returns the ids of the books written, in the order given.</summary>
    Task<IReadOnlyList<string>> CommitClosedBooksAsync(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books, CancellationToken cancellationToken);

    /// <summary>One chunk of the sweep, read, closed and written: the books <see cref="LoadBooksToCloseAsync"/> reads,
    /// handed to <paramref name="close"/> (the domain's work: it returns the books it closed, from their rows), then
    /// written as <see cref="CommitClosedBooksAsync"/> writes them. Each book is still written only at the version
    /// it was read at. A store may hold the books' borrower rows from the read to the write, skipping those another
    /// transaction holds (the PostgreSQL store does: one round trip fewer, and no book read can change before it is
    /// written); by default the two calls run one after the other.</summary>
    Task<SweptChunk> SweepChunkAsync(string siloId, int partitionId, DateOnly closeThrough,
        string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        Func<IReadOnlyList<GrainRow>, IReadOnlyList<ClosedBook>> close, CancellationToken cancellationToken) =>
        SweptChunk.ReadThenCommitAsync(this, siloId, partitionId, closeThrough, afterBorrowerId, maxBooks, skipping,
            close, cancellationToken);

    /// <summary>The partitions that hold a book whose closed day is before <paramref name="day"/>, ascending, each
    /// with how many such books it holds: a sweep visits only those, and leaves one whose books behind are all in
    /// use without reading it.</summary>
    Task<IReadOnlyList<PartitionBehind>> GetPartitionsBehindAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>How many books (borrower rows) have closed <paramref name="day"/> or a later day, of all
    /// books.</summary>
    Task<ClosingProgress> GetClosingProgressAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Records that the whole ledger is closed through <paramref name="day"/>, if no book's closed day is
    /// before it (checked in the same transaction); never moves the record backwards. Returns the ledger's
    /// closed-through day after the call (unchanged when some book is still behind).</summary>
    Task<DateOnly?> RecordClosedThroughAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Opens a consistent read of the whole ledger (one repeatable-read, read-only transaction): every
    /// read through the view sees the same committed state, whatever commits meanwhile. Dispose it to end the
    /// transaction.</summary>
    Task<ILedgerReadView> OpenReadViewAsync(CancellationToken cancellationToken);

    /// <summary>Balance (debits minus credits) of every account class that ever had a posting, ordered
    /// ordinally by account name.</summary>
    Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken);

    /// <summary>How many recorded outcomes there are per outcome value ("ACCEPTED" or a reason),
    /// over every scope.</summary>
    Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken);

    /// <summary>The journal postings of one borrower, ordered by entry then posting number; at most
    /// <paramref name="maxEntries"/> entries, starting after entry <paramref name="afterEntrySeq"/>.</summary>
    Task<IReadOnlyList<JournalPosting>> ReadJournalAsync(
        string borrowerId, long afterEntrySeq, int maxEntries, CancellationToken cancellationToken);

    /// <summary>Every journal posting of the ledger, ordered by borrower, entry, posting number.</summary>
    IAsyncEnumerable<JournalPosting> StreamJournalAsync(CancellationToken cancellationToken);

    /// <summary>The business date and the day through which every book has closed.</summary>
    Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken);
}

/// <summary>The ledger-wide dates: the business date, and the last day every book has closed (null until the first
/// end of day's books have all closed).</summary>
public sealed record LedgerState(DateOnly? BusinessDate, DateOnly? ClosedThrough);

/// <summary>A consistent, read-only view of the whole ledger (see <see cref="ILedgerStore.OpenReadViewAsync"/>).
/// Its reads run one at a time: finish enumerating one stream before starting another.</summary>
public interface ILedgerReadView : IAsyncDisposable
{
    Task<LedgerState> GetLedgerStateAsync(CancellationToken cancellationToken);

    /// <summary>As <see cref="ILedgerStore.GetAccountBalancesAsync"/>.</summary>
    Task<IReadOnlyList<AccountBalance>> GetAccountBalancesAsync(CancellationToken cancellationToken);

    /// <summary>As <see cref="ILedgerStore.GetOutcomeCountsAsync"/>.</summary>
    Task<IReadOnlyDictionary<string, long>> GetOutcomeCountsAsync(CancellationToken cancellationToken);

    /// <summary>As <see cref="ILedgerStore.StreamGrainsAsync"/>.</summary>
    IAsyncEnumerable<GrainRow> StreamGrainsAsync(GrainKind kind, CancellationToken cancellationToken);

    /// <summary>As <see cref="ILedgerStore.StreamJournalAsync"/>.</summary>
    IAsyncEnumerable<JournalPosting> StreamJournalAsync(CancellationToken cancellationToken);

    /// <summary>Every grain row of every book whose borrower row's closed day is before
    /// <paramref name="closeThrough"/>, all partitions, ordered by borrower id, then kind, then entity id.</summary>
    IAsyncEnumerable<GrainRow> StreamBooksToCloseAsync(DateOnly closeThrough, CancellationToken cancellationToken);
}

/// <summary>A book the sweep closed: its borrower row was read at <paramref name="ExpectedVersion"/>;
/// <paramref name="Grains"/> holds the borrower row's write (from that version) and the writes of the lines and
/// orders that changed; <paramref name="Postings"/> the journal postings of the days closed.</summary>
public sealed record ClosedBook(string BorrowerId, long ExpectedVersion, IReadOnlyList<GrainWrite> Grains,
    IReadOnlyList<JournalPosting> Postings);

/// <summary>What one sweep chunk (<see cref="ILedgerStore.SweepChunkAsync"/>) did: the books it read (a chunk of
/// fewer than asked is a partition's last), the last borrower it read (where the next chunk starts; null when it read
/// none) and the books it wrote, in key order.</summary>
public sealed record SweptChunk(int BooksRead, string? LastBorrowerId, IReadOnlyList<string> Written)
{
    /// <summary>A sweep chunk as two calls (the default of <see cref="ILedgerStore.SweepChunkAsync"/>):
    /// <see cref="ILedgerStore.LoadBooksToCloseAsync"/>, <paramref name="close"/> on the rows read (when there are
    /// any), then <see cref="ILedgerStore.CommitClosedBooksAsync"/> of the books it returned (when there are any).
    /// </summary>
    public static async Task<SweptChunk> ReadThenCommitAsync(ILedgerStore store, string siloId, int partitionId,
        DateOnly closeThrough, string afterBorrowerId, int maxBooks, IReadOnlyCollection<string> skipping,
        Func<IReadOnlyList<GrainRow>, IReadOnlyList<ClosedBook>> close, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(close);
        var rows = await store.LoadBooksToCloseAsync(partitionId, closeThrough, afterBorrowerId, maxBooks, skipping,
            cancellationToken);
        IReadOnlyList<ClosedBook> closed = rows.Count > 0 ? close(rows) : [];
        var written = closed.Count > 0
            ? await store.CommitClosedBooksAsync(siloId, partitionId, closed, cancellationToken)
            : [];
        return new SweptChunk(CountBooks(rows), rows.Count > 0 ? rows[^1].BorrowerId : null, written);
    }

    /// <summary>The books among rows in book order.</summary>
    private static int CountBooks(IReadOnlyList<GrainRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var books = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i == 0 || rows[i].BorrowerId != rows[i - 1].BorrowerId)
            {
                books++;
            }
        }

        return books;
    }
}

/// <summary>A partition with <paramref name="Books"/> books whose closed day is before the day asked.</summary>
public readonly record struct PartitionBehind(int PartitionId, long Books);

/// <summary>Books that have closed a day (or a later one), of all books.</summary>
public readonly record struct ClosingProgress(long BooksClosed, long Books);

/// <summary>A commit required a business date that is no longer the ledger's; nothing was written.</summary>
public sealed class BusinessDateChangedException(string message) : Exception(message);

public enum GrainKind : short
{
    Borrower = 1,
    Line = 2,
    Order = 3,
}

/// <summary>One grain's stored state. <paramref name="EntityId"/> is "" for the borrower grain.
/// <paramref name="ClosedThrough"/> is the borrower row's indexed column, the last day its book has closed (null
/// for line and order rows). The borrower row's version is the book's version: every change to any row of the
/// book writes it too.</summary>
public sealed record GrainRow(
    int PartitionId, string BorrowerId, GrainKind Kind, string EntityId, long Version, byte[] State,
    DateOnly? ClosedThrough = null);

/// <summary>A grain write: insert when <paramref name="ExpectedVersion"/> is 0, else update the row whose
/// stored version equals it. <paramref name="NewVersion"/> is greater than the expected one.
/// <paramref name="ClosedThrough"/> is required for a borrower row and must be null for the others.</summary>
public sealed record GrainWrite(
    int PartitionId, string BorrowerId, GrainKind Kind, string EntityId, long ExpectedVersion, long NewVersion,
    byte[] State, DateOnly? ClosedThrough = null);

/// <summary>The final outcome of a command id in its scope (borrower id, or "" for ledger commands).
/// <paramref name="ContentHash"/> is a SHA-256 of the record's canonical content.</summary>
public sealed record OutcomeRecord(
    string Scope, string CommandId, int PartitionId, byte[] ContentHash, string Outcome, DateOnly? BusinessDate);

/// <summary>One posting of a journal entry. An entry is the set of postings sharing (borrower, entry seq);
/// its amounts (debit positive, credit negative) sum to zero.</summary>
public sealed record JournalPosting(
    int PartitionId, string BorrowerId, long EntrySeq, int PostingNo, DateOnly BusinessDate, GrainKind EntityKind,
    string EntityId, string Event, string? CommandId, string Account, long AmountMinor);

public sealed record AccountBalance(string Account, long BalanceMinor);

public sealed record BorrowerRecord(IReadOnlyList<GrainRow> Grains, IReadOnlyList<OutcomeRecord> Outcomes);

/// <summary>Everything one group commit writes: rows outside turns and the date step all or nothing, each turn
/// all or nothing on its own (<see cref="ILedgerStore.CommitAsync"/>).</summary>
public sealed class CommitBatch
{
    /// <summary>The decisions of borrower grains, in the order they were made; each proves the book version it
    /// read.</summary>
    public List<CommitTurn> Turns { get; } = [];

    /// <summary>Grain writes outside turns (tools, baselines): a conflict fails the batch.</summary>
    public List<GrainWrite> Grains { get; } = [];

    /// <summary>New outcome records outside turns (the ledger's own commands); a (scope, id) already stored fails
    /// the batch.</summary>
    public List<OutcomeRecord> Outcomes { get; } = [];

    /// <summary>Appended journal postings outside turns; the journal is never updated or deleted.</summary>
    public List<JournalPosting> Postings { get; } = [];

    /// <summary>When set, the ledger's business date becomes this value (SetBusinessDate, EndOfDay's date step).
    /// <see cref="ExpectedBusinessDate"/> must equal the stored one (null = none set) or the commit fails
    /// with <see cref="VersionConflictException"/>. The update waits for every commit in flight that has proven
    /// the old date (they lock it FOR SHARE).</summary>
    public DateOnly? NewBusinessDate { get; set; }

    public DateOnly? ExpectedBusinessDate { get; set; }

    /// <summary>When set, the commit proves inside its transaction that this is the business date (locking the
    /// ledger row FOR SHARE), or fails with <see cref="BusinessDateChangedException"/>: so a command is never
    /// booked on a day that has been closed.</summary>
    public DateOnly? RequireBusinessDate { get; set; }

    public bool IsEmpty => Turns.Count == 0 && Grains.Count == 0 && Outcomes.Count == 0 && Postings.Count == 0
        && NewBusinessDate is null;
}

/// <summary>What one decision of a borrower's grain writes, and the proof that it was decided on the book as
/// stored. The borrower row's version is the book's version (every change to any row of a book writes the borrower
/// row), so a turn proves <see cref="BookVersion"/>: the borrower row is stored at that version, or, for 0, no
/// borrower row exists (the borrower's first command). A turn that writes rows writes the borrower row from that
/// version; a turn that writes none (a rejection, an outcome only) proves it without writing it. Either way two
/// activations of one borrower meet on that row and the one that decided on stale state writes nothing: a
/// rejection decided on stale state never becomes a final outcome.</summary>
public sealed class CommitTurn(string borrowerId, int partitionId, long bookVersion)
{
    public string BorrowerId { get; } = borrowerId;

    public int PartitionId { get; } = partitionId;

    /// <summary>The borrower row's version the decision read; 0 when there was no borrower row.</summary>
    public long BookVersion { get; } = bookVersion;

    /// <summary>Rows of this borrower only; when any, the borrower row's write from <see cref="BookVersion"/> is
    /// one of them.</summary>
    public List<GrainWrite> Grains { get; } = [];

    /// <summary>Outcome records in this borrower's scope; one already stored fails this turn alone
    /// (<see cref="TurnResult.DuplicateKey"/>).</summary>
    public List<OutcomeRecord> Outcomes { get; } = [];

    /// <summary>Journal postings of this borrower, in whole entries; a key already stored fails this turn alone.
    /// </summary>
    public List<JournalPosting> Postings { get; } = [];

    /// <summary>The book version after this turn: the borrower row's new version when it writes it.</summary>
    internal long VersionAfter =>
        Grains.Find(g => g.Kind == GrainKind.Borrower) is { } borrower ? borrower.NewVersion : BookVersion;
}

/// <summary>What became of one turn of a commit.</summary>
public enum TurnResult
{
    /// <summary>Written.</summary>
    Committed = 1,

    /// <summary>Nothing written: the book is not at the version the turn was decided on (another writer changed
    /// it, or created it first), or an earlier turn of the same borrower in the batch failed.</summary>
    VersionConflict = 2,

    /// <summary>Nothing written: one of the turn's outcome or journal keys is stored already (another activation
    /// recorded it).</summary>
    DuplicateKey = 3,
}

/// <summary>The result of <see cref="ILedgerStore.CommitAsync"/>: one entry per turn of the batch, in order.</summary>
public sealed record CommitResult(IReadOnlyList<TurnResult> Turns)
{
    public static readonly CommitResult NoTurns = new([]);

    public bool AllCommitted => Turns.All(t => t == TurnResult.Committed);
}

/// <summary>The ledger's database cannot be migrated to this release now (<see cref="ILedgerStore.InitializeAsync"/>);
/// nothing was changed. The message is one line saying why and what to do.</summary>
public sealed class SchemaMigrationRefusedException(string message) : InvalidOperationException(message);

/// <summary>A stored version differed from the expected one; nothing was written.</summary>
public sealed class VersionConflictException(string message) : Exception(message);
