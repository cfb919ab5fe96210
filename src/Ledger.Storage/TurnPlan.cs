namespace Ledger.Storage;

/// <summary>
/// Which turns of a batch a store still writes, and what became of the others: the bookkeeping both stores share,
/// so that they fail exactly the same turns. A batch may carry several turns of one borrower (an activation's
/// pipelined turns, each decided on the state the one before it left): a turn whose proof or key fails writes
/// nothing, and every later turn of the same borrower in the batch fails with it, because it was decided on state
/// that never committed. Those turns' book versions chain: each proves the version the one before it leaves, and a
/// turn that does not (a caller's mistake, or a chain broken in memory) fails as a version conflict without
/// reaching the store.
/// </summary>
internal sealed class TurnPlan
{
    private readonly IReadOnlyList<CommitTurn> _turns;
    private readonly TurnResult?[] _failed;
    private readonly int[] _next;
    private readonly int[] _previous;

    internal TurnPlan(IReadOnlyList<CommitTurn> turns)
    {
        _turns = turns;
        _failed = new TurnResult?[turns.Count];
        _next = new int[turns.Count];
        _previous = new int[turns.Count];
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < turns.Count; i++)
        {
            _next[i] = -1;
            _previous[i] = last.TryGetValue(turns[i].BorrowerId, out var previous) ? previous : -1;
            if (_previous[i] >= 0)
            {
                _next[_previous[i]] = i;
            }

            last[turns[i].BorrowerId] = i;
        }

        for (var i = 0; i < turns.Count; i++)
        {
            if (_previous[i] >= 0 && turns[_previous[i]].VersionAfter != turns[i].BookVersion)
            {
                Fail(i, TurnResult.VersionConflict);
            }
        }
    }

    internal int Count => _turns.Count;

    internal CommitTurn this[int index] => _turns[index];

    internal bool IsIncluded(int index) => _failed[index] is null;

    /// <summary>The turns still to write, in batch order.</summary>
    internal IEnumerable<int> Included => Enumerable.Range(0, _turns.Count).Where(IsIncluded);

    internal bool AnyIncluded => Array.Exists(_failed, f => f is null);

    /// <summary>Whether the turn is its borrower's first in the batch: the one whose proof the store checks (the
    /// later ones chain from it in memory).</summary>
    internal bool IsFirstOfBorrower(int index) => _previous[index] < 0;

    /// <summary>The turn wrote nothing for <paramref name="reason"/>; the later turns of its borrower fail with
    /// it.</summary>
    internal void Fail(int index, TurnResult reason)
    {
        for (var i = index; i >= 0; i = _next[i])
        {
            _failed[i] ??= reason;
        }
    }

    /// <summary>The result once the included turns are written.</summary>
    internal CommitResult Result() =>
        _turns.Count == 0 ? CommitResult.NoTurns : new([.. _failed.Select(f => f ?? TurnResult.Committed)]);
}
