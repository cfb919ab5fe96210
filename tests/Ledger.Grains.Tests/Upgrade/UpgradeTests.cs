using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;
using Ledger.Storage;
using Ledger.Storage.Postgres;
using Ledger.Storage.Sqlite;
using Ledger.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ledger.Grains.Tests.Upgrade;

/// <summary>A ledger database written by the home-made runtime (the release before the ledger ran on Orleans) is
/// migrated by the silo's own migrations and then serves the same books through the grains: the same snapshot, every
/// command of its stream answered as recorded, and new commands booked. While a silo of that release still holds a
/// partition's lease (an end of day may be running), the upgrade is refused with a one-line reason and changes
/// nothing.</summary>
/// <remarks>The fixtures are dumps of databases the home-made runtime wrote (its last commit, 5a090c2): the
/// conformance stream seed-jd-broiler replayed into an engine of 16 partitions whose sweep closed every day, then
/// stopped without giving its leases back, as a stopped silo leaves them (<c>pg_dump --inserts</c> with its psql
/// meta-commands removed, and <c>sqlite3 .dump</c>).</remarks>
public abstract class UpgradeTests
{
    private const string Stream = "seed-jd-broiler";
    private const string OldSilo = "engine-silo-1";
    private static readonly DateOnly BusinessDate = new(2024, 5, 10);

    /// <summary>A fresh database holding the fixture of this store.</summary>
    private protected abstract Task LoadFixtureAsync();

    private protected abstract Task<GrainCluster> StartClusterAsync();

    private protected abstract ILedgerStore OpenStore();

    private protected abstract Task<string> SchemaVersionsAsync();

    /// <summary>Whether the silos table or any partitions column but partition_id exists.</summary>
    private protected abstract Task<bool> HasHomeMadeRuntimeTablesAsync();

    /// <summary>Makes <paramref name="partition"/>'s lease live (an hour from now) or expired (an hour ago).</summary>
    private protected abstract Task SetLeaseAsync(int partition, bool live);

    private protected abstract string VersionsBefore { get; }

    private protected abstract string VersionsAfter { get; }

    [Fact]
    public async Task Start_OnADatabaseTheHomeMadeRuntimeWrote_MigratesAndServesTheSameBooks()
    {
        await LoadFixtureAsync();
        Assert.Equal(VersionsBefore, await SchemaVersionsAsync());
        Assert.True(await HasHomeMadeRuntimeTablesAsync());

        await using var cluster = await StartClusterAsync();
        var status = await cluster.Client.GetGrain<ILedgerGrain>(GrainKeys.Ledger).GetStatusAsync();

        Assert.Equal(VersionsAfter, await SchemaVersionsAsync());
        Assert.False(await HasHomeMadeRuntimeTablesAsync());
        Assert.Equal(((DateOnly?)BusinessDate, (DateOnly?)BusinessDate.AddDays(-1)),
            (status.BusinessDate, status.ClosedThrough));
        StreamFiles.AssertSameBytes($"{Stream}.snapshot.json", await cluster.SnapshotAsync());

        // Every command of the stream again, through the grains: each answered as the old runtime recorded it.
        var outcomes = await GrainReplay.ReplayAsync(cluster.Client, Stream, ReplayPath.Records);
        StreamFiles.AssertSameBytes($"{Stream}.outcomes.jsonl", outcomes);
        StreamFiles.AssertSameBytes($"{Stream}.snapshot.json", await cluster.SnapshotAsync());

        // And the ledger goes on: the next end of day steps the date, and a book closes it on its next command.
        var endOfDay = await cluster.Client.GetGrain<OperatorInterfaces.ILedgerOperatorGrain>(GrainKeys.Ledger)
            .EndOfDayAsync(new OperatorInterfaces.EndOfDayCommand { Id = "after-upgrade", Date = BusinessDate });
        Assert.True(endOfDay.IsAccepted, endOfDay.Outcome);
        var opened = await cluster.Client.GetGrain<IBorrowerGrain>("AFTER-UPGRADE").OpenAsync(
            new OpenBorrowerCommand { Id = "o1", Borrower = "AFTER-UPGRADE", Limit = 1_000 });
        Assert.True(opened.IsAccepted, opened.Outcome);
        await using var store = OpenStore();
        Assert.Equal(BusinessDate.AddDays(1), await store.GetBusinessDateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Initialize_WhileASiloOfThePreviousReleaseHoldsALease_IsRefusedInOneLineAndChangesNothing()
    {
        await LoadFixtureAsync();
        await SetLeaseAsync(3, live: true);
        await using var store = OpenStore();

        var error = await Assert.ThrowsAsync<SchemaMigrationRefusedException>(
            () => store.InitializeAsync(16, CancellationToken.None));

        Assert.StartsWith("An end of day may be running: partition 3 is held by silo " + OldSilo, error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(VersionsBefore, await SchemaVersionsAsync());
        Assert.True(await HasHomeMadeRuntimeTablesAsync());

        // Once the old silo's lease has run out, the same start migrates.
        await SetLeaseAsync(3, live: false);
        Assert.Equal(16, await store.InitializeAsync(16, CancellationToken.None));
        Assert.Equal(VersionsAfter, await SchemaVersionsAsync());
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresUpgradeTests(PostgresFixture postgres) : UpgradeTests
{
    private string _database = "";

    private protected override string VersionsBefore => "1,2,3,4,5,6";

    private protected override string VersionsAfter => "1,2,3,4,5,6,7,8,9";

    private protected override async Task LoadFixtureAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await ExecuteAsync(await File.ReadAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "Upgrade", "home-made-runtime.postgres.sql")));
    }

    private protected override Task<GrainCluster> StartClusterAsync() =>
        GrainCluster.StartPostgresAsync(_database, silos: 2);

    private protected override ILedgerStore OpenStore() => new PostgresLedgerStore(_database, TimeProvider.System);

    private protected override async Task<string> SchemaVersionsAsync() =>
        (string)(await ScalarAsync("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations"))!;

    private protected override async Task<bool> HasHomeMadeRuntimeTablesAsync() =>
        (long)(await ScalarAsync("""
            SELECT (SELECT count(*) FROM information_schema.tables WHERE table_name = 'silos')
                + (SELECT count(*) FROM information_schema.columns
                   WHERE table_name = 'partitions' AND column_name <> 'partition_id')
            """))! > 0;

    private protected override Task SetLeaseAsync(int partition, bool live) => ExecuteAsync(
        $"UPDATE partitions SET lease_expires_at = now() {(live ? "+" : "-")} interval '1 hour' "
        + $"WHERE partition_id = {partition}");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

public sealed class SqliteUpgradeTests : UpgradeTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-upgrade-").FullName;

    private string DatabasePath => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>SQLite has no versions 3, 4 and 6 (PostgreSQL-only changes).</summary>
    private protected override string VersionsBefore => "1,2,5";

    private protected override string VersionsAfter => "1,2,5,7,8";

    private protected override async Task LoadFixtureAsync() => await ExecuteAsync(await File.ReadAllTextAsync(
        Path.Combine(AppContext.BaseDirectory, "Upgrade", "home-made-runtime.sqlite.sql")));

    private protected override Task<GrainCluster> StartClusterAsync() => GrainCluster.StartSqliteAsync(DatabasePath);

    private protected override ILedgerStore OpenStore() => new SqliteLedgerStore(DatabasePath, TimeProvider.System);

    private protected override async Task<string> SchemaVersionsAsync() =>
        (string)(await ScalarAsync("SELECT group_concat(version, ',') FROM (SELECT version FROM schema_migrations "
            + "ORDER BY version)"))!;

    private protected override async Task<bool> HasHomeMadeRuntimeTablesAsync() =>
        (long)(await ScalarAsync("""
            SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'silos')
                + (SELECT count(*) FROM pragma_table_info('partitions') WHERE name <> 'partition_id')
            """))! > 0;

    private protected override Task SetLeaseAsync(int partition, bool live)
    {
        var micros = (DateTimeOffset.UtcNow + TimeSpan.FromHours(live ? 1 : -1)).ToUnixTimeMilliseconds() * 1000;
        return ExecuteAsync($"UPDATE partitions SET lease_expires_at = {micros} WHERE partition_id = {partition}");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
