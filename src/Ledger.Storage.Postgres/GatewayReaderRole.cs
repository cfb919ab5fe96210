using System.Text.RegularExpressions;
using Npgsql;

namespace Ledger.Storage.Postgres;

/// <summary>
/// A PostgreSQL role for .NET front-ends that find the ledger's Orleans gateways in its membership table
/// (architecture, "Cluster"; issue 17 item 7, "Trust"): it may connect and read what Orleans' ADO.NET clustering
/// client reads, and nothing else, so a front-end never holds the ledger's credentials.
/// </summary>
/// <remarks>
/// What the client reads (dotnet/orleans <c>src/AdoNet/Orleans.Clustering.AdoNet</c>,
/// <c>AdoNetGatewayListProvider</c>, and <c>src/AdoNet/Shared/Storage/RelationalOrleansQueries.cs</c>): at start
/// every stored query (<c>SELECT QueryKey, QueryText FROM OrleansQuery</c>), then, every refresh, the query stored
/// under <c>GatewaysQueryKey</c>, which the ledger's migrations write as a SELECT of
/// <c>orleansmembershiptable</c> alone (<see cref="OrleansSchema"/>). So the role gets CONNECT on the database, USAGE
/// on the schema holding those tables, and SELECT on those two tables. The membership functions
/// (<c>orleans_*</c>) run with their caller's rights, so the role cannot change membership through them either.
/// </remarks>
public static partial class GatewayReaderRole
{
    /// <summary>The tables Orleans' ADO.NET clustering client reads.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["orleansquery", "orleansmembershiptable"];

    /// <summary>Creates <paramref name="role"/> (LOGIN, with <paramref name="password"/>) when it does not exist,
    /// sets its password when it does and one is given, and grants it what reading the gateways needs, in one
    /// transaction on the ledger's database (<paramref name="connectionString"/>: a role that may create roles and
    /// grant on the ledger's tables, the ledger's owner say). A superuser, or the role connecting, is refused:
    /// a front-end would then hold the ledger's credentials.</summary>
    /// <exception cref="GatewayReaderException">The role cannot be made a gateway reader (its name, the schema
    /// missing, a new role without a password, a superuser).</exception>
    public static async Task<GatewayReaderGrant> GrantAsync(string connectionString, string role, string? password,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(role);
        if (!RoleName().IsMatch(role))
        {
            throw new GatewayReaderException(
                $"'{role}' is not a plain role name (letters, digits and _, not starting with a digit).");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (schema, database, currentUser) = await WhereAsync(connection, cancellationToken);
        if (string.Equals(role, currentUser, StringComparison.Ordinal))
        {
            throw new GatewayReaderException(
                $"'{role}' is the role this command connects as: a front-end must have a role of its own.");
        }

        var existing = await ReadRoleAsync(connection, role, cancellationToken);
        bool created;
        if (existing is null)
        {
            if (string.IsNullOrEmpty(password))
            {
                throw new GatewayReaderException($"role '{role}' does not exist: give a password to create it.");
            }

            await ExecuteFormattedAsync(connection, "CREATE ROLE %I LOGIN PASSWORD %L", [role, password],
                cancellationToken);
            created = true;
        }
        else
        {
            if (existing.Value.Superuser)
            {
                throw new GatewayReaderException($"role '{role}' is a superuser: it may read and write everything.");
            }

            if (!string.IsNullOrEmpty(password))
            {
                await ExecuteFormattedAsync(connection, "ALTER ROLE %I LOGIN PASSWORD %L", [role, password],
                    cancellationToken);
            }

            created = false;
        }

        await ExecuteFormattedAsync(connection, "GRANT CONNECT ON DATABASE %I TO %I", [database, role],
            cancellationToken);
        await ExecuteFormattedAsync(connection, "GRANT USAGE ON SCHEMA %I TO %I", [schema, role], cancellationToken);
        foreach (var table in Tables)
        {
            await ExecuteFormattedAsync(connection, "GRANT SELECT ON TABLE %I.%I TO %I", [schema, table, role],
                cancellationToken);
        }

        var beyond = await PrivilegesBeyondReadingAsync(connection, role, schema, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new GatewayReaderGrant(role, schema, database, created, beyond);
    }

    /// <summary>The schema of the membership table as the connection's search path finds it, the database and the
    /// role connecting.</summary>
    private static async Task<(string Schema, string Database, string CurrentUser)> WhereAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.oid = to_regclass('orleansmembershiptable')),
                   to_regclass('orleansquery') IS NOT NULL, current_database(), current_user
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.IsDBNull(0) || !reader.GetBoolean(1))
        {
            throw new GatewayReaderException("this database has no Orleans membership table: start a silo on it "
                + "first (its migrations create the table), or check the connection string's database and search path.");
        }

        return (reader.GetString(0), reader.GetString(2), reader.GetString(3));
    }

    private static async Task<(bool Superuser, bool Login)?> ReadRoleAsync(NpgsqlConnection connection, string role,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = @role", connection);
        command.Parameters.AddWithValue("role", role);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetBoolean(0), reader.GetBoolean(1)) : null;
    }

    /// <summary>Tables of the ledger's schema the role may use beyond reading the gateway tables (granted earlier
    /// by someone, or to PUBLIC): "table: privileges".</summary>
    private static async Task<IReadOnlyList<string>> PrivilegesBeyondReadingAsync(NpgsqlConnection connection,
        string role, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, p.privilege
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p(privilege)
            WHERE n.nspname = @schema AND c.relkind IN ('r', 'p', 'v', 'm')
              AND has_table_privilege(@role, c.oid, p.privilege)
              AND NOT (c.relname::text = ANY(@tables) AND p.privilege = 'SELECT')
            ORDER BY c.relname, p.privilege
            """, connection);
        command.Parameters.AddWithValue("schema", schema);
        command.Parameters.AddWithValue("role", role);
        command.Parameters.AddWithValue("tables", Tables.ToArray());
        var found = new List<(string Table, string Privilege)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        return [.. found.GroupBy(f => f.Table).Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Privilege))}")];
    }

    /// <summary>Runs a statement that takes no parameters (CREATE ROLE, GRANT) with its names and literals quoted by
    /// the server's own <c>format()</c> (<c>%I</c>, <c>%L</c>).</summary>
    private static async Task ExecuteFormattedAsync(NpgsqlConnection connection, string template, string[] values,
        CancellationToken cancellationToken)
    {
        string statement;
        await using (var format = new NpgsqlCommand(
            $"SELECT format(@template{string.Concat(values.Select((_, i) => $", @v{i}"))})", connection))
        {
            format.Parameters.AddWithValue("template", template);
            for (var i = 0; i < values.Length; i++)
            {
                format.Parameters.AddWithValue($"v{i}", values[i]);
            }

            statement = (string)(await format.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}

/// <summary>What <see cref="GatewayReaderRole.GrantAsync"/> did: the role, the schema and database it may read the
/// gateways in, whether it was created, and any privilege it has beyond that (which the operator should revoke:
/// it was granted before, or to PUBLIC).</summary>
public sealed record GatewayReaderGrant(string Role, string Schema, string Database, bool Created,
    IReadOnlyList<string> Beyond);

/// <summary>A role that cannot be made a gateway reader, said in one line.</summary>
public sealed class GatewayReaderException(string message) : Exception(message);
