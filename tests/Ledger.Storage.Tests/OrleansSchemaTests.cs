using System.Data;
using System.Text.RegularExpressions;
using Ledger.Storage.Postgres;
using Ledger.Testing;
using Npgsql;

namespace Ledger.Storage.Tests;

/// <summary>The Orleans ADO.NET tables and stored queries created by the PostgreSQL store's migrations, checked
/// without Orleans: the queries are run the way the providers run them (named parameters of the types the
/// providers' parameter helper gives them), and their results read by the column names the providers read.
/// The providers themselves run on these tables in Ledger.Grains.Tests (AdoNetProvidersTests).</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class OrleansSchemaTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => CancellationToken.None;

    /// <summary>The keys the 10.4.2 providers require (their DbStoredQueries and AdoNetGrainStorage).</summary>
    private static readonly string[] RequiredKeys =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey", "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey",
        "ReadRangeRows1Key", "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
    ];

    [Fact]
    public async Task EnsureAsync_ConcurrentlyWithStoresAndAgain_CreatesTheTablesAndEveryQueryOnce()
    {
        var connectionString = await postgres.CreateDatabaseAsync(Ct);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            if (i % 2 == 0)
            {
                await OrleansSchema.EnsureAsync(connectionString, Ct);
            }
            else
            {
                await using var store = new PostgresLedgerStore(connectionString, TimeProvider.System);
                await store.InitializeAsync(4, Ct);
            }
        })));
        await OrleansSchema.EnsureAsync(connectionString, Ct);

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], await ReadAsync(dataSource,
            "SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt32(0)));
        var keys = await ReadAsync(dataSource, "SELECT QueryKey FROM OrleansQuery ORDER BY 1", r => r.GetString(0));
        Assert.Equal(RequiredKeys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        Assert.Equal(keys.Order(StringComparer.Ordinal), OrleansSchema.QueryKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InitializeAsync_Version5Ledger_GainsTheOrleansTablesKeepingTheLedger()
    {
        var connectionString = await postgres.CreateDatabaseAsync(Ct);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await PostgresSchema.MigrateAsync(dataSource, 4, DateTimeOffset.UtcNow, Ct, targetVersion: 5);
        Assert.Empty(await ReadAsync(dataSource,
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'orleansquery'", r => r.GetInt32(0)));

        await using var store = new PostgresLedgerStore(connectionString, TimeProvider.System);
        Assert.Equal(4, await store.InitializeAsync(16, Ct));

        Assert.Equal(
            ["orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable",
                "orleansstorage"],
            await ReadAsync(dataSource,
                "SELECT table_name::text FROM information_schema.tables WHERE table_name LIKE 'orleans%' ORDER BY 1",
                r => r.GetString(0)));
    }

    [Fact]
    public async Task MembershipQueries_ChangeUnderTheReadVersionOnly()
    {
        await using var orleans = await OrleansQueriesAsync();
        var start = DateTime.UtcNow;
        var silo = new Dictionary<string, object?>
        {
            ["DeploymentId"] = "c1", ["Address"] = "127.0.0.1", ["Port"] = 11111, ["Generation"] = 7,
            ["SiloName"] = "s1", ["HostName"] = "h", ["Status"] = 3, ["ProxyPort"] = 30000,
            ["StartTime"] = start, ["IAmAliveTime"] = start, ["SuspectTimes"] = null,
        };

        Assert.Equal(1, await orleans.ScalarAsync<int>("InsertMembershipVersionKey", silo));
        Assert.Equal(0, await orleans.ScalarAsync<int>("InsertMembershipVersionKey", silo));
        Assert.Equal(0, await orleans.ScalarAsync<int>("InsertMembershipKey", With(silo, "Version", 5)));
        Assert.Equal(1, await orleans.ScalarAsync<int>("InsertMembershipKey", With(silo, "Version", 0)));
        Assert.Equal(0, await orleans.ScalarAsync<int>("InsertMembershipKey", With(silo, "Version", 1)));
        Assert.Equal(0, await orleans.ScalarAsync<int>("UpdateMembershipKey", With(silo, "Version", 0)));
        var suspect = With(
            With(silo, "Version", 1), "SuspectTimes", "S127.0.0.1:11112:1,2026-12-06 00:00:00.000 GMT");
        Assert.Equal(1, await orleans.ScalarAsync<int>("UpdateMembershipKey", With(suspect, "Status", 6)));
        await orleans.ExecuteAsync("UpdateIAmAlivetimeKey", With(silo, "IAmAliveTime", start.AddSeconds(5)));

        var rows = await orleans.ReadAsync("MembershipReadAllKey", silo);
        var row = Assert.Single(rows);
        Assert.Equal(2, row["Version"]);
        Assert.Equal(6, row["Status"]);
        Assert.Equal("s1", row["SiloName"]);
        Assert.Equal(30000, row["ProxyPort"]);
        Assert.StartsWith("S127.0.0.1:11112:1,", (string)row["SuspectTimes"]!);
        Assert.Equal(start.AddSeconds(5), (DateTime)row["IAmAliveTime"]!, TimeSpan.FromMilliseconds(1));
        var other = With(silo, "Generation", 8);
        var versionOnly = Assert.Single(await orleans.ReadAsync("MembershipReadRowKey", other));
        Assert.Equal(2, versionOnly["Version"]);
        Assert.Null(versionOnly["StartTime"]);
        Assert.Empty(await orleans.ReadAsync("GatewaysQueryKey", silo));

        await orleans.ExecuteAsync("CleanupDefunctSiloEntriesKey", With(silo, "IAmAliveTime", start.AddMinutes(1)));
        Assert.Equal(2, Assert.Single(await orleans.ReadAsync("MembershipReadAllKey", silo))["Version"]);
        Assert.Null(Assert.Single(await orleans.ReadAsync("MembershipReadAllKey", silo))["Address"]);
        await orleans.ExecuteAsync("DeleteMembershipTableEntriesKey", silo);
        Assert.Empty(await orleans.ReadAsync("MembershipReadAllKey", silo));
    }

    [Fact]
    public async Task StorageQueries_WriteUnderTheReadVersionOnly()
    {
        await using var orleans = await OrleansQueriesAsync();
        var grain = new Dictionary<string, object?>
        {
            ["GrainIdHash"] = 17, ["GrainIdN0"] = 1L, ["GrainIdN1"] = 2L, ["GrainTypeHash"] = -5,
            ["GrainTypeString"] = "probe", ["GrainIdExtensionString"] = null, ["ServiceId"] = "svc",
            ["PayloadBinary"] = new byte[] { 1, 2 }, ["GrainStateVersion"] = null,
        };

        Assert.Equal(1, await orleans.ScalarAsync<int?>("WriteToStorageKey", grain));
        // A second first write (another activation that read no state) is refused: a null version.
        Assert.Null(await orleans.ScalarAsync<int?>("WriteToStorageKey", grain));
        Assert.Equal(2, await orleans.ScalarAsync<int?>("WriteToStorageKey", With(grain, "GrainStateVersion", 1)));
        Assert.Null(await orleans.ScalarAsync<int?>("WriteToStorageKey", With(grain, "GrainStateVersion", 1)));
        // The same ids with a key extension are another grain.
        var extended = With(grain, "GrainIdExtensionString", "x");
        Assert.Equal(1, await orleans.ScalarAsync<int?>("WriteToStorageKey", extended));

        var row = Assert.Single(await orleans.ReadAsync("ReadFromStorageKey", grain));
        Assert.Equal(2, row["Version"]);
        Assert.Equal(new byte[] { 1, 2 }, (byte[])row["PayloadBinary"]!);
        Assert.Empty(await orleans.ReadAsync("ClearStorageKey", With(grain, "GrainStateVersion", 1)));
        Assert.Equal(3, await orleans.ScalarAsync<int?>("ClearStorageKey", With(grain, "GrainStateVersion", 2)));
        Assert.Null(Assert.Single(await orleans.ReadAsync("ReadFromStorageKey", grain))["PayloadBinary"]);
        Assert.Equal(4, await orleans.ScalarAsync<int?>("DeleteStorageKey", With(grain, "GrainStateVersion", 3)));
        Assert.Empty(await orleans.ReadAsync("ReadFromStorageKey", grain));
    }

    [Fact]
    public async Task ReminderQueries_UpsertReadByHashRangeAndDeleteByVersion()
    {
        await using var orleans = await OrleansQueriesAsync();
        var reminder = new Dictionary<string, object?>
        {
            ["ServiceId"] = "svc", ["GrainId"] = "probe/a", ["ReminderName"] = "r", ["StartTime"] = DateTime.UtcNow,
            ["Period"] = 60_000, ["GrainHash"] = -100,
        };

        Assert.Equal(0, await orleans.ScalarAsync<int>("UpsertReminderRowKey", reminder));
        var longer = With(reminder, "Period", 5_000_000_000L);
        Assert.Equal(1, await orleans.ScalarAsync<int>("UpsertReminderRowKey", longer));
        var row = Assert.Single(await orleans.ReadAsync("ReadReminderRowKey", reminder));
        Assert.Equal(5_000_000_000L, row["Period"]);
        Assert.Equal(1, row["Version"]);
        Assert.Single(await orleans.ReadAsync("ReadReminderRowsKey", reminder));
        Dictionary<string, object?> Range(int beginHash, int endHash) =>
            With(With(reminder, "BeginHash", beginHash), "EndHash", endHash);
        Assert.Single(await orleans.ReadAsync("ReadRangeRows1Key", Range(-101, -100)));
        Assert.Empty(await orleans.ReadAsync("ReadRangeRows1Key", Range(-100, 0)));
        Assert.Single(await orleans.ReadAsync("ReadRangeRows2Key", Range(0, -100)));
        Assert.Empty(await orleans.ReadAsync("ReadRangeRows2Key", Range(0, -101)));

        Assert.Equal(0, await orleans.ScalarAsync<int>("DeleteReminderRowKey", With(reminder, "Version", 0)));
        Assert.Equal(1, await orleans.ScalarAsync<int>("DeleteReminderRowKey", With(reminder, "Version", 1)));
        await orleans.ScalarAsync<int>("UpsertReminderRowKey", reminder);
        await orleans.ExecuteAsync("DeleteReminderRowsKey", reminder);
        Assert.Empty(await orleans.ReadAsync("ReadReminderRowsKey", reminder));
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> values, string name, object? value) =>
        new(values) { [name] = value };

    private async Task<OrleansQueries> OrleansQueriesAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync(Ct);
        await OrleansSchema.EnsureAsync(connectionString, Ct);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var texts = await ReadAsync(dataSource, "SELECT QueryKey, QueryText FROM OrleansQuery",
            r => (r.GetString(0), r.GetString(1)));
        return new OrleansQueries(dataSource, texts.ToDictionary(t => t.Item1, t => t.Item2));
    }

    private static async Task<List<T>> ReadAsync<T>(
        NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();

    /// <summary>Runs stored queries as the providers do: <c>@Name</c> parameters typed by the DbType their helper
    /// gives each .NET type (a null keeps the type of the value the providers would pass), results by name.</summary>
    private sealed class OrleansQueries(NpgsqlDataSource dataSource, Dictionary<string, string> texts)
        : IAsyncDisposable
    {
        private static readonly Dictionary<string, DbType> NullTypes = new()
        {
            ["SuspectTimes"] = DbType.String, ["GrainIdExtensionString"] = DbType.String,
            ["GrainStateVersion"] = DbType.Int32,
        };

        public async Task<T> ScalarAsync<T>(string key, Dictionary<string, object?> values)
        {
            await using var command = Command(key, values);
            var value = await command.ExecuteScalarAsync(Ct);
            return value is DBNull or null ? default! : (T)value;
        }

        public async Task ExecuteAsync(string key, Dictionary<string, object?> values)
        {
            await using var command = Command(key, values);
            await command.ExecuteNonQueryAsync(Ct);
        }

        public async Task<List<Dictionary<string, object?>>> ReadAsync(string key, Dictionary<string, object?> values)
        {
            await using var command = Command(key, values);
            await using var reader = await command.ExecuteReaderAsync(Ct);
            var rows = new List<Dictionary<string, object?>>();
            while (await reader.ReadAsync(Ct))
            {
                // The providers read by name and ignore case; so does this dictionary.
                var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }

        private NpgsqlCommand Command(string key, Dictionary<string, object?> values)
        {
            var command = dataSource.CreateCommand(texts[key]);
            foreach (var name in ParameterName().Matches(texts[key]).Select(m => m.Groups[1].Value).Distinct())
            {
                var value = values[name];
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                parameter.DbType = value switch
                {
                    null => NullTypes[name],
                    int => DbType.Int32,
                    long => DbType.Int64,
                    string => DbType.String,
                    DateTime => DbType.DateTime,
                    byte[] => DbType.Binary,
                    _ => throw new ArgumentException($"No DbType for {name}."),
                };
                command.Parameters.Add(parameter);
            }

            return command;
        }

        public ValueTask DisposeAsync() => dataSource.DisposeAsync();
    }
}
