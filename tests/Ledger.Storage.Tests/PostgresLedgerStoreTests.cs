using Ledger.Runtime.Storage;
using Ledger.Storage.Postgres;
using Ledger.Testing;
using Npgsql;

namespace Ledger.Storage.Tests;

/// <summary>The contract, against a fresh database per test on the run's shared PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerStoreTests(PostgresFixture postgres) : LedgerStoreContractTests
{
    private string _connectionString = "";

    protected override async Task CreateLocationAsync() =>
        _connectionString = await postgres.CreateDatabaseAsync();

    protected override ILedgerStore CreateStore(TimeProvider timeProvider) =>
        new PostgresLedgerStore(_connectionString, timeProvider);

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [Fact]
    public async Task InitializeAsync_ManyStoresAtOnce_ApplyEachMigrationOnce()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => OpenStore()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync(Partitions, Ct))));

        Assert.Equal([1], await QueryAsync("SELECT version FROM schema_migrations", r => r.GetInt32(0)));
        Assert.Equal([1L], await QueryAsync("SELECT count(*) FROM ledger_meta", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesNativeTypesForTimesMoneyDatesAndBlobs()
    {
        await OpenLedgerAsync();

        var types = await QueryAsync(
            """
            SELECT table_name || '.' || column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name IN
                ('amount_minor', 'business_date', 'lease_expires_at', 'state', 'content_hash', 'recorded_at')
            """,
            r => (r.GetString(0), r.GetString(1)));

        Assert.Contains(("journal_postings.amount_minor", "bigint"), types);
        Assert.Contains(("journal_postings.business_date", "date"), types);
        Assert.Contains(("ledger_meta.business_date", "date"), types);
        Assert.Contains(("partitions.lease_expires_at", "timestamp with time zone"), types);
        Assert.Contains(("command_outcomes.recorded_at", "timestamp with time zone"), types);
        Assert.Contains(("grains.state", "bytea"), types);
        Assert.Contains(("command_outcomes.content_hash", "bytea"), types);
    }

    [Fact]
    public async Task Journal_Truncate_IsRefusedByTheDatabase()
    {
        await OpenLedgerAsync();

        await Assert.ThrowsAsync<PostgresException>(() => ExecuteSqlAsync("TRUNCATE journal_postings"));
    }

    [Fact]
    public async Task CommitAsync_DatabaseUnreachable_ThrowsNpgsqlExceptionNamingTheBatch()
    {
        var store = await OpenLedgerAsync();
        var batch = LedgerRows.Batch(await AcquireAsync(store, 0));
        batch.Grains.Add(LedgerRows.NewGrain(0, "B1"));
        var unreachable = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "no_such_db" };
        await using var broken = new PostgresLedgerStore(unreachable.ConnectionString, Time);

        var error = await Assert.ThrowsAnyAsync<NpgsqlException>(() => broken.CommitAsync(SiloA, batch, Ct));

        Assert.Contains("partitions [0]", error.Message, StringComparison.Ordinal);
        Assert.IsType<PostgresException>(error.InnerException);
    }
}
