using Ledger.Storage;

namespace Ledger.Storage;

/// <summary>
/// Shape rules every store checks before it opens a transaction. A batch that breaks one is a bug in the
/// caller, so it fails fast with <see cref="ArgumentException"/> instead of reaching the database. Turns are
/// proven by their book versions. Both stores call it, so that both enforce exactly the same rules.
/// </summary>
internal static class CommitBatchRules
{
    /// <summary>Ledger-wide commands (SetBusinessDate, EndOfDay) record their outcome in this scope.</summary>
    internal const string LedgerScope = "";

    /// <summary>Outcome content hashes are SHA-256 digests, as the domain records them.</summary>
    internal const int ContentHashLength = Ledger.Domain.RecordedOutcome.ContentHashLength;

    /// <summary>Validates <paramref name="batch"/> and returns what the store writes: its grain writes with each
    /// grain's chain of writes collapsed into one, and its turns.</summary>
    internal static ValidatedBatch Validate(string siloId, CommitBatch batch)
    {
        ArgumentException.ThrowIfNullOrEmpty(siloId);
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var grain in batch.Grains)
        {
            ValidateGrain(grain);
        }

        foreach (var outcome in batch.Outcomes)
        {
            ValidateOutcome(outcome);
        }

        foreach (var posting in batch.Postings)
        {
            ArgumentNullException.ThrowIfNull(posting);
        }

        if (batch.ExpectedBusinessDate is not null && batch.NewBusinessDate is null)
        {
            throw new ArgumentException("ExpectedBusinessDate is set but NewBusinessDate is not.", nameof(batch));
        }

        RequireBalancedEntries(batch.Postings);
        foreach (var turn in batch.Turns)
        {
            ValidateTurn(turn);
        }

        return new ValidatedBatch(CollapseGrainWrites(batch.Grains), new TurnPlan(batch.Turns));
    }

    /// <summary>A turn writes only its own borrower's rows, in its partition, each grain once; when it writes
    /// any row it writes the borrower row too, from the version it proves (so every change to a book moves the
    /// book's version); its entries balance on their own.</summary>
    private static void ValidateTurn(CommitTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrEmpty(turn.BorrowerId);
        ArgumentOutOfRangeException.ThrowIfNegative(turn.BookVersion);
        var keys = new HashSet<(GrainKind, string)>();
        foreach (var grain in turn.Grains)
        {
            ValidateGrain(grain);
            if (grain.BorrowerId != turn.BorrowerId || grain.PartitionId != turn.PartitionId)
            {
                throw new ArgumentException(
                    $"Grain {Describe(grain)} is not of the turn's book {turn.BorrowerId} in partition "
                    + $"{turn.PartitionId}.", nameof(turn));
            }

            if (!keys.Add((grain.Kind, grain.EntityId)))
            {
                throw new ArgumentException($"Grain {Describe(grain)} is written twice in one turn.", nameof(turn));
            }
        }

        var borrowerRow = turn.Grains.Find(g => g.Kind == GrainKind.Borrower);
        if (turn.Grains.Count > 0 && borrowerRow is null)
        {
            throw new ArgumentException(
                $"A turn of {turn.BorrowerId} writes rows of its book but not its borrower row, whose version is the "
                + "book's.", nameof(turn));
        }

        if (borrowerRow is not null && borrowerRow.ExpectedVersion != turn.BookVersion)
        {
            throw new ArgumentException(
                $"A turn of {turn.BorrowerId} proves book version {turn.BookVersion} but writes its borrower row from "
                + $"version {borrowerRow.ExpectedVersion}.", nameof(turn));
        }

        foreach (var outcome in turn.Outcomes)
        {
            ValidateOutcome(outcome);
            if (outcome.Scope != turn.BorrowerId || outcome.PartitionId != turn.PartitionId)
            {
                throw new ArgumentException(
                    $"Outcome {outcome.Scope}/{outcome.CommandId} is not in the scope of the turn's book "
                    + $"{turn.BorrowerId}.", nameof(turn));
            }
        }

        foreach (var posting in turn.Postings)
        {
            ArgumentNullException.ThrowIfNull(posting);
            if (posting.BorrowerId != turn.BorrowerId || posting.PartitionId != turn.PartitionId)
            {
                throw new ArgumentException(
                    $"A posting of {posting.BorrowerId} is not of the turn's book {turn.BorrowerId}.", nameof(turn));
            }
        }

        RequireBalancedEntries(turn.Postings);
    }

    /// <summary>A group commit may carry several turns of one activation, so one grain may be written more than
    /// once (1 to 2, then 2 to 3). Only the chain's net effect is stored (expected 1, new 3, last state): the
    /// batch is all or nothing, so the intermediate versions are never visible anyway. A write that does not
    /// continue the chain is a conflict, exactly as if the writes had been applied one by one.</summary>
    private static List<GrainWrite> CollapseGrainWrites(List<GrainWrite> grains)
    {
        var indexByKey = new Dictionary<(string, GrainKind, string), int>();
        var collapsed = new List<GrainWrite>(grains.Count);
        foreach (var grain in grains)
        {
            if (!indexByKey.TryAdd((grain.BorrowerId, grain.Kind, grain.EntityId), collapsed.Count))
            {
                var index = indexByKey[(grain.BorrowerId, grain.Kind, grain.EntityId)];
                collapsed[index] = Chain(collapsed[index], grain);
                continue;
            }

            collapsed.Add(grain);
        }

        return collapsed;
    }

    private static GrainWrite Chain(GrainWrite previous, GrainWrite next)
    {
        if (next.PartitionId != previous.PartitionId)
        {
            throw new ArgumentException(
                $"Grain {Describe(next)} is written on partitions {previous.PartitionId} and {next.PartitionId}.");
        }

        if (next.ExpectedVersion != previous.NewVersion)
        {
            throw new VersionConflictException(
                $"Grain {Describe(next)} is written at version {next.ExpectedVersion} after an earlier write of the "
                + $"same batch made it version {previous.NewVersion}.");
        }

        return previous with { NewVersion = next.NewVersion, State = next.State, ClosedThrough = next.ClosedThrough };
    }

    private static string Describe(GrainWrite grain) => $"{grain.BorrowerId}/{grain.Kind}/{grain.EntityId}";

    private static void ValidateGrain(GrainWrite grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(grain.State);
        if (!Enum.IsDefined(grain.Kind))
        {
            throw new ArgumentException($"Unknown grain kind {grain.Kind}.", nameof(grain));
        }

        if (grain.PartitionId < 0)
        {
            throw new ArgumentException($"Grain {Describe(grain)} names partition {grain.PartitionId}; partitions "
                + "are numbered from 0.", nameof(grain));
        }

        if (grain.ExpectedVersion < 0 || grain.NewVersion <= grain.ExpectedVersion)
        {
            throw new ArgumentException(
                $"Grain {Describe(grain)}: new version {grain.NewVersion} must be greater than expected version "
                + $"{grain.ExpectedVersion} (>= 0).", nameof(grain));
        }

        if ((grain.Kind == GrainKind.Borrower) != (grain.ClosedThrough is not null))
        {
            throw new ArgumentException(
                $"Grain {Describe(grain)}: a borrower row carries the day its book closed last, and only a borrower "
                + "row does.", nameof(grain));
        }
    }

    /// <summary>Validates the books a sweep closed: each book's rows and postings are its own and in the
    /// partition swept, its borrower row is written from the version the book was read at, its entries balance.
    /// Returns each book's grain writes collapsed as in <see cref="Validate"/>.</summary>
    internal static List<List<GrainWrite>> ValidateClosedBooks(string siloId, int partitionId,
        IReadOnlyList<ClosedBook> books)
    {
        ArgumentException.ThrowIfNullOrEmpty(siloId);
        ArgumentNullException.ThrowIfNull(books);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<GrainWrite>>(books.Count);
        foreach (var book in books)
        {
            ArgumentNullException.ThrowIfNull(book);
            if (!seen.Add(book.BorrowerId))
            {
                throw new ArgumentException($"Book {book.BorrowerId} is closed twice in one sweep commit.",
                    nameof(books));
            }

            foreach (var grain in book.Grains)
            {
                ValidateGrain(grain);
                if (grain.BorrowerId != book.BorrowerId || grain.PartitionId != partitionId)
                {
                    throw new ArgumentException(
                        $"Grain {Describe(grain)} is not of book {book.BorrowerId} in partition {partitionId}.",
                        nameof(books));
                }
            }

            foreach (var posting in book.Postings)
            {
                ArgumentNullException.ThrowIfNull(posting);
                if (posting.BorrowerId != book.BorrowerId || posting.PartitionId != partitionId)
                {
                    throw new ArgumentException(
                        $"A posting of {posting.BorrowerId} is not of book {book.BorrowerId} in partition "
                        + $"{partitionId}.", nameof(books));
                }
            }

            var grains = CollapseGrainWrites([.. book.Grains]);
            if (grains.Find(g => g.ExpectedVersion < 1) is { } created)
            {
                // Closing days changes the rows a book has; it never opens a line or an order.
                throw new ArgumentException(
                    $"Book {book.BorrowerId}: closing its days cannot create grain {Describe(created)}.",
                    nameof(books));
            }

            var borrowerRow = grains.Find(g => g.Kind == GrainKind.Borrower);
            if (borrowerRow is null || borrowerRow.ExpectedVersion != book.ExpectedVersion || book.ExpectedVersion < 1)
            {
                throw new ArgumentException(
                    $"Book {book.BorrowerId}: a closed book writes its stored borrower row from version "
                    + $"{book.ExpectedVersion}.", nameof(books));
            }

            RequireBalancedEntries([.. book.Postings]);
            result.Add(grains);
        }

        return result;
    }

    private static void ValidateOutcome(OutcomeRecord outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.ContentHash is not { Length: ContentHashLength })
        {
            throw new ArgumentException(
                $"Outcome {outcome.Scope}/{outcome.CommandId}: content hash must be {ContentHashLength} bytes.",
                nameof(outcome));
        }
    }

    /// <summary>The journal is double-entry: an entry whose postings do not sum to zero must never be
    /// stored, whatever produced it, so the check runs on every commit and not only in Debug builds.</summary>
    internal static void RequireBalancedEntries(List<JournalPosting> postings)
    {
        if (postings.Count == 0 || EveryRunBalances(postings))
        {
            return;
        }

        // Some run of adjacent postings of one entry does not balance; the entry may still be split across the
        // batch, so sum whole entries before refusing.
        var sums = new Dictionary<(string BorrowerId, long EntrySeq), long>();
        foreach (var posting in postings)
        {
            var key = (posting.BorrowerId, posting.EntrySeq);
            sums[key] = checked(sums.GetValueOrDefault(key) + posting.AmountMinor);
        }

        foreach (var (key, sum) in sums)
        {
            if (sum != 0)
            {
                throw new ArgumentException(
                    $"Journal entry {key.BorrowerId}#{key.EntrySeq} does not balance (sum {sum}).");
            }
        }
    }

    /// <summary>The usual shape, checked without hashing: each entry's postings are adjacent and sum to zero.
    /// (End of day commits tens of thousands of entries in one batch.)</summary>
    private static bool EveryRunBalances(List<JournalPosting> postings)
    {
        var sum = 0L;
        for (var i = 0; i < postings.Count; i++)
        {
            var posting = postings[i];
            if (i > 0 && (posting.EntrySeq != postings[i - 1].EntrySeq
                || !string.Equals(posting.BorrowerId, postings[i - 1].BorrowerId, StringComparison.Ordinal)))
            {
                if (sum != 0)
                {
                    return false;
                }

                sum = 0;
            }

            sum = checked(sum + posting.AmountMinor);
        }

        return sum == 0;
    }
}

/// <summary>A batch that passed <see cref="CommitBatchRules.Validate"/>: the partitions to prove, ascending, the
/// grain writes outside turns to apply, one per grain, and its turns' plan.</summary>
internal sealed record ValidatedBatch(List<GrainWrite> Grains, TurnPlan Turns)
{
    /// <summary>Names the batch in error messages: whose, which partitions, how many rows of each kind.</summary>
    internal string Describe(string siloId, CommitBatch batch) =>
        $"Commit of silo {siloId} ({batch.Turns.Count} turn(s), "
        + $"{Grains.Count} grain(s), {batch.Outcomes.Count} outcome(s), {batch.Postings.Count} posting(s) outside "
        + "turns)";
}
