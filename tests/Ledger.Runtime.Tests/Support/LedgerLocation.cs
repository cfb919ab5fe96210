using Ledger.Storage;
using Ledger.Storage.Postgres;
using Ledger.Storage.Sqlite;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Where one test's ledger lives (a SQLite file in a fresh temp directory, or a fresh PostgreSQL
/// database); opens any number of store instances over it, as separate silos or a restarted one would.</summary>
internal abstract class LedgerLocation : IAsyncDisposable
{
    public abstract string Name { get; }

    public abstract ILedgerStore OpenStore(TimeProvider time);

    public abstract ValueTask DisposeAsync();

    public static LedgerLocation Sqlite() => new SqliteLocation();

    public static LedgerLocation Postgres(string connectionString) => new PostgresLocation(connectionString);

    public override string ToString() => Name;

    private sealed class SqliteLocation : LedgerLocation
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("ledger-runtime-").FullName;

        public override string Name => "SQLite";

        public override ILedgerStore OpenStore(TimeProvider time) =>
            new SqliteLedgerStore(Path.Combine(_directory, "ledger.db"), time);

        public override ValueTask DisposeAsync()
        {
            Directory.Delete(_directory, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresLocation(string connectionString) : LedgerLocation
    {
        public override string Name => "PostgreSQL";

        public override ILedgerStore OpenStore(TimeProvider time) => new PostgresLedgerStore(connectionString, time);

        // The database is one of the run's shared server, dropped with it.
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
