using System.Text;
using Ledger.Storage.Books;
using Ledger.Storage.Postgres;

namespace Ledger.LoadTest.Replay;

/// <summary>The snapshot of stream-format.md read straight from a ledger's PostgreSQL database, in one consistent
/// read, with the days books have still to close computed in memory (as <c>/v1/snapshot</c> does).</summary>
internal static class StoreSnapshot
{
    public static async Task<string> ReadPostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var store = new PostgresLedgerStore(connectionString, TimeProvider.System);
        await using var view = await store.OpenReadViewAsync(cancellationToken);
        var text = new StringBuilder();
        await LedgerSnapshot.WriteAsync(view, (chunk, _) =>
        {
            text.Append(chunk);
            return Task.CompletedTask;
        }, cancellationToken);
        return text.ToString();
    }
}
