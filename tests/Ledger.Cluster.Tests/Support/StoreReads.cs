using Npgsql;

namespace Ledger.Cluster.Tests.Support;

/// <summary>One row of the <c>partitions</c> table: who holds the lease, at which epoch.</summary>
internal sealed record LeaseRow(int Partition, string? Owner, long Epoch, DateTimeOffset ExpiresAt);

/// <summary>Reads the store's partition table directly: the source of truth for ownership and epochs.</summary>
internal static class Leases
{
    public static async Task<IReadOnlyList<LeaseRow>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT partition_id, owner, epoch, lease_expires_at FROM partitions ORDER BY partition_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<LeaseRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new LeaseRow(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return rows;
    }

    public static string Describe(IEnumerable<LeaseRow> rows) =>
        string.Join(", ", rows.Select(r => $"{r.Partition}:{r.Owner ?? "-"}@{r.Epoch}"));
}

/// <summary>What the store holds for one borrower, read directly.</summary>
internal static class StoredBooks
{
    /// <summary>The command ids of the borrower's draw entries, in journal order.</summary>
    public static async Task<IReadOnlyList<string>> DrawIdsAsync(string connectionString, string borrower)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT command_id FROM journal_postings
            WHERE borrower_id = $1 AND event = 'draw' AND account = 'loan-principal'
            ORDER BY entry_seq
            """, connection)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = borrower } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The outcome recorded for every command of the borrower, by id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OutcomesAsync(string connectionString,
        string borrower)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT command_id, outcome FROM command_outcomes WHERE scope = $1", connection)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = borrower } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            outcomes[reader.GetString(0)] = reader.GetString(1);
        }

        return outcomes;
    }
}

/// <summary>The database's sessions (pg_stat_activity): who waits on what.</summary>
internal static class Sessions
{
    /// <summary>The states of the sessions a silo has open (its connection string names it as the application).
    /// </summary>
    public static async Task<IReadOnlyList<string>> StatesOfAsync(string connectionString, string siloId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(state, '') FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = $1
            """, connection)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = siloId } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        var states = new List<string>();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }

        return states;
    }

    public static string Describe(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""
            SELECT pid, application_name, state, coalesce(wait_event_type, '') || ':' || coalesce(wait_event, ''),
                   now() - xact_start, left(regexp_replace(query, '\s+', ' ', 'g'), 100)
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            ORDER BY xact_start NULLS LAST
            """, connection);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add($"pid {reader.GetInt32(0)} {reader.GetString(1)} {(reader.IsDBNull(2) ? "" : reader.GetString(2))} "
                + $"{reader.GetString(3)} xact {(reader.IsDBNull(4) ? "-" : reader.GetValue(4))}: "
                + $"{(reader.IsDBNull(5) ? "" : reader.GetString(5))}");
        }

        return string.Join("\n", lines);
    }
}
