using Ledger.Runtime.Storage;

namespace Ledger.Storage;

/// <summary>
/// Shape rules every store checks before it opens a transaction. A batch that breaks one is a bug in the
/// caller, so it fails fast with <see cref="ArgumentException"/> instead of reaching the database: in
/// particular a row written to a partition the batch does not fence would bypass fencing altogether.
/// Linked into each store project (internal there) so that both enforce exactly the same rules.
/// </summary>
internal static class CommitBatchRules
{
    /// <summary>Ledger-wide commands (SetBusinessDate, EndOfDay) record their outcome in this scope.</summary>
    internal const string LedgerScope = "";

    /// <summary>Outcome content hashes are SHA-256 digests.</summary>
    internal const int ContentHashLength = 32;

    /// <summary>Validates <paramref name="batch"/> and returns its fenced partition ids, ascending.</summary>
    internal static int[] Validate(string siloId, CommitBatch batch)
    {
        ArgumentException.ThrowIfNullOrEmpty(siloId);
        ArgumentNullException.ThrowIfNull(batch);
        var fences = FenceEpochs(batch);
        var grainKeys = new HashSet<(string, GrainKind, string)>();
        foreach (var grain in batch.Grains)
        {
            ValidateGrain(grain);
            RequireFence(fences, grain.PartitionId, "grain write");
            // One write per grain keeps the version check a single compare-and-set per row.
            if (!grainKeys.Add((grain.BorrowerId, grain.Kind, grain.EntityId)))
            {
                throw new ArgumentException(
                    $"Grain {grain.BorrowerId}/{grain.Kind}/{grain.EntityId} is written twice in one batch.",
                    nameof(batch));
            }
        }

        foreach (var outcome in batch.Outcomes)
        {
            ValidateOutcome(outcome);
            // A ledger-scope outcome belongs to no borrower partition, so it carries no fence.
            if (outcome.Scope != LedgerScope)
            {
                RequireFence(fences, outcome.PartitionId, "outcome record");
            }
        }

        foreach (var posting in batch.Postings)
        {
            ArgumentNullException.ThrowIfNull(posting);
            RequireFence(fences, posting.PartitionId, "journal posting");
        }

        foreach (var day in batch.PartitionDaysDone)
        {
            RequireFence(fences, day.PartitionId, "partition day");
        }

        if (batch.ExpectedBusinessDate is not null && batch.NewBusinessDate is null)
        {
            throw new ArgumentException("ExpectedBusinessDate is set but NewBusinessDate is not.", nameof(batch));
        }

        RequireBalancedEntries(batch.Postings);
        var ids = fences.Keys.ToArray();
        Array.Sort(ids);
        return ids;
    }

    private static Dictionary<int, long> FenceEpochs(CommitBatch batch)
    {
        var fences = new Dictionary<int, long>();
        foreach (var fence in batch.Fences)
        {
            if (fences.TryGetValue(fence.PartitionId, out var epoch) && epoch != fence.Epoch)
            {
                throw new ArgumentException(
                    $"Partition {fence.PartitionId} is fenced twice, at epochs {epoch} and {fence.Epoch}.",
                    nameof(batch));
            }

            fences[fence.PartitionId] = fence.Epoch;
        }

        return fences;
    }

    private static void RequireFence(Dictionary<int, long> fences, int partitionId, string what)
    {
        if (!fences.ContainsKey(partitionId))
        {
            throw new ArgumentException(
                $"A {what} targets partition {partitionId}, which the batch does not fence.");
        }
    }

    private static void ValidateGrain(GrainWrite grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(grain.State);
        if (!Enum.IsDefined(grain.Kind))
        {
            throw new ArgumentException($"Unknown grain kind {grain.Kind}.", nameof(grain));
        }

        if (grain.ExpectedVersion < 0 || grain.NewVersion <= grain.ExpectedVersion)
        {
            throw new ArgumentException(
                $"Grain {grain.BorrowerId}/{grain.Kind}/{grain.EntityId}: new version {grain.NewVersion} must be "
                + $"greater than expected version {grain.ExpectedVersion} (>= 0).", nameof(grain));
        }
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
    private static void RequireBalancedEntries(List<JournalPosting> postings)
    {
        if (postings.Count == 0)
        {
            return;
        }

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
}
