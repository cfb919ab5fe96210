using Ledger.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Storage.Sqlite;

/// <summary>
/// Writes grain rows under their version check, for the group commit and for the sweep's commit of closed books:
/// an insert when the expected version is 0, else an update of the row stored at the expected version. Either
/// changes no row when the check fails (ON CONFLICT DO NOTHING turns "exists already" into a zero row count, as a
/// stale update gives), so the caller decides whether that is a conflict or a book to skip.
/// </summary>
internal sealed class SqliteGrainWriter : IAsyncDisposable
{
    private readonly SqliteRowWriter<GrainWrite> _insert;
    private readonly SqliteRowWriter<GrainWrite> _update;

    internal SqliteGrainWriter(SqliteConnection connection, SqliteTransaction transaction, long nowMicros)
    {
        _insert = new SqliteRowWriter<GrainWrite>(connection, transaction, """
            INSERT INTO grains (borrower_id, kind, entity_id, partition_id, version, state, closed_through, updated_at)
            VALUES ($b, $k, $e, $p, $v, $s, $closed, $now) ON CONFLICT DO NOTHING
            """,
            ("$b", g => g.BorrowerId), ("$k", g => (short)g.Kind), ("$e", g => g.EntityId),
            ("$p", g => g.PartitionId), ("$v", g => g.NewVersion), ("$s", g => g.State),
            ("$closed", g => SqliteValues.ToDbValue(g.ClosedThrough)), ("$now", _ => nowMicros));
        _update = new SqliteRowWriter<GrainWrite>(connection, transaction, """
            UPDATE grains SET version = $v, state = $s, closed_through = $closed, updated_at = $now
            WHERE borrower_id = $b AND kind = $k AND entity_id = $e AND version = $x
            """,
            ("$b", g => g.BorrowerId), ("$k", g => (short)g.Kind), ("$e", g => g.EntityId),
            ("$x", g => g.ExpectedVersion), ("$v", g => g.NewVersion), ("$s", g => g.State),
            ("$closed", g => SqliteValues.ToDbValue(g.ClosedThrough)), ("$now", _ => nowMicros));
    }

    /// <summary>Writes <paramref name="grain"/>; false (nothing written) when its version check fails.</summary>
    internal async Task<bool> TryWriteAsync(GrainWrite grain, CancellationToken cancellationToken) =>
        await (grain.ExpectedVersion == 0 ? _insert : _update).WriteAsync(grain, cancellationToken) == 1;

    /// <summary>The error for a write whose version check failed in <paramref name="context"/> (a batch, a
    /// sweep's commit), where that is a conflict rather than a book to skip.</summary>
    internal static VersionConflictException Conflict(string context, GrainWrite grain)
    {
        var problem = grain.ExpectedVersion == 0 ? "exists already" : $"is not at version {grain.ExpectedVersion}";
        return new VersionConflictException(
            $"{context}: grain {grain.BorrowerId}/{grain.Kind}/{grain.EntityId} {problem}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _update.DisposeAsync();
    }
}
