using System.Text;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// The tables, functions and stored queries that Orleans' ADO.NET providers
/// (<c>Microsoft.Orleans.Clustering.AdoNet</c>, <c>.Reminders.AdoNet</c>, <c>.Persistence.AdoNet</c>) need in the
/// ledger's PostgreSQL database. Their packages ship no PostgreSQL script; the ledger's own migrations create these
/// objects (schema version 6), so a silo needs nothing but the ledger's connection string. Configure the providers
/// with the invariant <see cref="Invariant"/>.
/// </summary>
/// <remarks>
/// Written for this project after reading the PostgreSQL scripts of the Orleans source (dotnet/orleans, MIT
/// licence, <c>src/AdoNet/Shared/PostgreSQL-Main.sql</c>, <c>Orleans.Clustering.AdoNet/PostgreSQL-Clustering.sql</c>,
/// <c>Orleans.Reminders.AdoNet/PostgreSQL-Reminders.sql</c>,
/// <c>Orleans.Persistence.AdoNet/PostgreSQL-Persistence.sql</c> of the 10.x line). The providers read every
/// statement they run from the <c>OrleansQuery</c> table by key, bind their parameters by name
/// (<c>@DeploymentId</c>, ...) and read the results by column name, case-insensitively; so the contract kept here is
/// the keys, the parameter names and the result column names and meanings. The statements themselves are ours:
/// plain SQL where one statement does, and short PL/pgSQL functions (named <c>orleans_*</c>, apart from the ledger's
/// own) where a membership change must be checked against the table version first.
/// <para>Every object is created with IF NOT EXISTS / OR REPLACE and the queries are upserted, so a database where
/// an operator already ran Orleans' own scripts is taken over rather than refused. Unquoted names fold to lower
/// case, as the providers' own SQL (<c>SELECT QueryKey, QueryText FROM OrleansQuery</c>) expects.</para>
/// </remarks>
public static class OrleansSchema
{
    /// <summary>The ADO.NET invariant of Npgsql, for the providers' <c>Invariant</c> option.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Creates the ledger's schema, the Orleans tables included, if the database lacks it, and migrates an
    /// older one; the ledger itself (its partitions) is not created. Several processes may call it at once: the
    /// migrations run under the ledger's migration lock. A silo whose store is initialized needs no call of its own
    /// (<see cref="PostgresLedgerStore.InitializeAsync"/> applies the same migrations).</summary>
    /// <summary>The connection string Orleans' ADO.NET providers are given for the ledger's database: the ledger's,
    /// with the store's defaults for riding through a restart or a failover (a 5 s connect timeout; with several
    /// hosts, the primary looked for again after a second, not 10) where it leaves them unsaid.</summary>
    public static string ConnectionString(string ledgerConnectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(ledgerConnectionString);
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(ledgerConnectionString);
        PostgresLedgerStore.AddAvailabilityDefaults(settings, ledgerConnectionString);
        return settings.ConnectionString;
    }

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await PostgresSchema.MigrateSchemaAsync(dataSource, TimeProvider.System.GetUtcNow(), cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException(
                "Migrating the ledger schema with the Orleans ADO.NET tables failed: " + ex.Message, ex);
        }
    }

    /// <summary>Membership: one version row per cluster (the providers' "deployment"), bumped by every change of the
    /// cluster's member rows, which makes each change a compare-and-swap on that version; and one row per silo
    /// incarnation (address, port, generation). Status is Orleans' <c>SiloStatus</c> as an integer (3 = Active).
    /// </summary>
    private const string MembershipTables = """
        CREATE TABLE IF NOT EXISTS orleansquery (
            querykey varchar(64) PRIMARY KEY,
            querytext text NOT NULL
        );
        CREATE TABLE IF NOT EXISTS orleansmembershipversiontable (
            deploymentid varchar(150) PRIMARY KEY,
            timestamp timestamptz(3) NOT NULL DEFAULT now(),
            version integer NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS orleansmembershiptable (
            deploymentid varchar(150) NOT NULL REFERENCES orleansmembershipversiontable (deploymentid),
            address varchar(45) NOT NULL,
            port integer NOT NULL,
            generation integer NOT NULL,
            siloname varchar(150) NOT NULL,
            hostname varchar(150) NOT NULL,
            status integer NOT NULL,
            proxyport integer,
            suspecttimes varchar(8000),
            starttime timestamptz(3) NOT NULL,
            iamalivetime timestamptz(3) NOT NULL,
            PRIMARY KEY (deploymentid, address, port, generation)
        );
        """;

    /// <summary>A member row changes only under the table version the caller read: the version row is locked first
    /// (FOR UPDATE waits for a concurrent change and then sees its new version), so when the version no longer
    /// matches nothing is written and 0 is returned, and once locked, the member change and the version bump commit
    /// together. The providers treat 0 as "lost the race": they read the table again and retry.</summary>
    private const string MembershipFunctions = """
        CREATE OR REPLACE FUNCTION orleans_insert_membership(
            p_deployment text, p_address text, p_port integer, p_generation integer, p_silo_name text,
            p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamptz,
            p_i_am_alive_time timestamptz, p_version integer)
        RETURNS integer LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM 1 FROM orleansmembershipversiontable
            WHERE deploymentid = p_deployment AND version = p_version
            FOR UPDATE;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status,
                proxyport, starttime, iamalivetime)
            VALUES (p_deployment, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
                p_proxy_port, p_start_time, p_i_am_alive_time)
            ON CONFLICT DO NOTHING;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
            WHERE deploymentid = p_deployment;
            RETURN 1;
        END
        $$;
        CREATE OR REPLACE FUNCTION orleans_update_membership(
            p_deployment text, p_address text, p_port integer, p_generation integer, p_status integer,
            p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
        RETURNS integer LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM 1 FROM orleansmembershipversiontable
            WHERE deploymentid = p_deployment AND version = p_version
            FOR UPDATE;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            UPDATE orleansmembershiptable
            SET status = p_status, suspecttimes = p_suspect_times, iamalivetime = p_i_am_alive_time
            WHERE deploymentid = p_deployment AND address = p_address AND port = p_port
                AND generation = p_generation;
            IF NOT FOUND THEN
                RETURN 0;
            END IF;
            UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
            WHERE deploymentid = p_deployment;
            RETURN 1;
        END
        $$;
        """;

    /// <summary>Reminders, keyed by service, grain and name; the version is the reminder's ETag. The index serves the
    /// range reads by which each silo loads the reminders of its share of the hash ring.</summary>
    private const string ReminderTables = """
        CREATE TABLE IF NOT EXISTS orleansreminderstable (
            serviceid varchar(150) NOT NULL,
            grainid varchar(150) NOT NULL,
            remindername varchar(150) NOT NULL,
            starttime timestamptz(3) NOT NULL,
            period bigint NOT NULL,
            grainhash integer NOT NULL,
            version integer NOT NULL,
            PRIMARY KEY (serviceid, grainid, remindername)
        );
        CREATE INDEX IF NOT EXISTS orleansreminderstable_hash_idx ON orleansreminderstable (serviceid, grainhash);
        """;

    /// <summary>Grain state of <c>Persistence.AdoNet</c>. The providers look a grain up by two hashes and then by
    /// its full id; Orleans' script indexes the hashes only and relies on its insert's NOT EXISTS, which two
    /// activations inserting at once can both pass. Here one unique index on the whole key (NULLS NOT DISTINCT: most
    /// grains have no key extension) serves the look-up and refuses the second insert, which then writes nothing and
    /// is reported to its grain as a version conflict.</summary>
    private const string StorageTables = """
        CREATE TABLE IF NOT EXISTS orleansstorage (
            grainidhash integer NOT NULL,
            grainidn0 bigint NOT NULL,
            grainidn1 bigint NOT NULL,
            graintypehash integer NOT NULL,
            graintypestring varchar(512) NOT NULL,
            grainidextensionstring varchar(512),
            serviceid varchar(150) NOT NULL,
            payloadbinary bytea,
            modifiedon timestamptz NOT NULL,
            version integer
        );
        CREATE UNIQUE INDEX IF NOT EXISTS orleansstorage_grain_key ON orleansstorage
            (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring, grainidextensionstring)
            NULLS NOT DISTINCT;
        """;

    /// <summary>The row of one grain's state, by the parameters every storage query receives.</summary>
    private const string StorageKey = """
        grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash
            AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
            AND serviceid = @ServiceId AND graintypestring = @GrainTypeString
            AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
        """;

    /// <summary>The stored queries by key, as the providers of Orleans 10 require them (their <c>DbStoredQueries</c>
    /// refuses to start when one is missing). A refused write returns a null version and a refused delete no row,
    /// which the providers report as a version conflict.</summary>
    private static readonly (string Key, string Sql)[] Queries =
    [
        ("InsertMembershipVersionKey", """
            WITH inserted AS (
                INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
                ON CONFLICT DO NOTHING
                RETURNING 1
            )
            SELECT count(*)::integer FROM inserted
            """),
        ("InsertMembershipKey", """
            SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
            """),
        ("UpdateMembershipKey", """
            SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                @IAmAliveTime, @Version)
            """),
        ("UpdateIAmAlivetimeKey", """
            UPDATE orleansmembershiptable SET iamalivetime = @IAmAliveTime
            WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
            """),
        // The version row comes back even when the silo has no member row yet (the left join), since the caller
        // needs the table version to insert one.
        ("MembershipReadRowKey", """
            SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
                m.suspecttimes, m.starttime, m.iamalivetime, v.version
            FROM orleansmembershipversiontable v
            LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
                AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
            WHERE v.deploymentid = @DeploymentId
            """),
        ("MembershipReadAllKey", """
            SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
                m.suspecttimes, m.starttime, m.iamalivetime, v.version
            FROM orleansmembershipversiontable v
            LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
            WHERE v.deploymentid = @DeploymentId
            """),
        ("DeleteMembershipTableEntriesKey", """
            DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
            DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId
            """),
        ("GatewaysQueryKey", """
            SELECT address, proxyport, generation FROM orleansmembershiptable
            WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0
            """),
        // Rows of silos that stopped answering long ago; an Active (3) row is never removed this way.
        ("CleanupDefunctSiloEntriesKey", """
            DELETE FROM orleansmembershiptable
            WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3
            """),
        ("UpsertReminderRowKey", """
            INSERT INTO orleansreminderstable AS r
                (serviceid, grainid, remindername, starttime, period, grainhash, version)
            VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
            ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
            SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
                version = r.version + 1
            RETURNING r.version
            """),
        ("ReadReminderRowsKey", """
            SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
            WHERE serviceid = @ServiceId AND grainid = @GrainId
            """),
        ("ReadReminderRowKey", """
            SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
            WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
            """),
        // A range of the hash ring, (begin, end]; ReadRangeRows2Key is the range that wraps past the top.
        ("ReadRangeRows1Key", """
            SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
            WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash
            """),
        ("ReadRangeRows2Key", """
            SELECT grainid, remindername, starttime, period, version FROM orleansreminderstable
            WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash)
            """),
        ("DeleteReminderRowKey", """
            WITH deleted AS (
                DELETE FROM orleansreminderstable
                WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
                    AND version = @Version
                RETURNING 1
            )
            SELECT count(*)::integer FROM deleted
            """),
        ("DeleteReminderRowsKey", """
            DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId
            """),
        // A first write (no version read) inserts version 1; a later one updates the version it read. Exactly one
        // of the two statements can act, so the outer SELECT sees at most one row.
        ("WriteToStorageKey", $"""
            WITH inserted AS (
                INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
                    grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
                SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                    @GrainIdExtensionString, @ServiceId, @PayloadBinary, now(), 1
                WHERE @GrainStateVersion IS NULL
                ON CONFLICT DO NOTHING
                RETURNING version
            ), updated AS (
                UPDATE orleansstorage SET payloadbinary = @PayloadBinary, modifiedon = now(), version = version + 1
                WHERE {StorageKey} AND version = @GrainStateVersion
                RETURNING version
            )
            SELECT (SELECT version FROM inserted UNION ALL SELECT version FROM updated) AS newgrainstateversion
            """),
        ("ReadFromStorageKey", $"""
            SELECT payloadbinary, version FROM orleansstorage WHERE {StorageKey}
            """),
        ("ClearStorageKey", $"""
            UPDATE orleansstorage SET payloadbinary = NULL, modifiedon = now(), version = version + 1
            WHERE {StorageKey} AND version = @GrainStateVersion
            RETURNING version AS newgrainstateversion
            """),
        ("DeleteStorageKey", $"""
            DELETE FROM orleansstorage WHERE {StorageKey} AND version = @GrainStateVersion
            RETURNING version + 1 AS newgrainstateversion
            """),
    ];

    /// <summary>Schema version 6 of the ledger (<see cref="PostgresSchema"/>): everything above.</summary>
    internal static readonly string Migration =
        MembershipTables + MembershipFunctions + ReminderTables + StorageTables + UpsertQueries();

    /// <summary>One INSERT of every stored query, each text dollar-quoted (none contains the quote tag).</summary>
    private static string UpsertQueries()
    {
        const string Tag = "$orleans$";
        var sql = new StringBuilder("INSERT INTO orleansquery (querykey, querytext) VALUES\n");
        for (var i = 0; i < Queries.Length; i++)
        {
            var (key, text) = Queries[i];
            if (text.Contains(Tag, StringComparison.Ordinal) || key.Contains('\'', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The stored query {key} cannot be quoted.");
            }

            sql.Append(i == 0 ? "    ('" : "  , ('").Append(key).Append("', ")
                .Append(Tag).Append(text).Append(Tag).Append(")\n");
        }

        sql.Append("ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;\n");
        return sql.ToString();
    }

    /// <summary>The keys of the stored queries, for tests.</summary>
    internal static IEnumerable<string> QueryKeys => Queries.Select(q => q.Key);
}
