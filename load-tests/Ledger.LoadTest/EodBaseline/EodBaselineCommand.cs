using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ledger.Domain;
using Npgsql;

namespace Ledger.LoadTest.EodBaseline;

/// <summary><c>eod-baseline --postgres CONN --sample N --lines L</c>: the straightforward end of day, one database
/// transaction per line (read the line for update, compute the day's interest with the domain's rule, update the
/// line, insert the two journal postings, commit), timed on a sample of N drawn lines in a schema of its own and
/// scaled to L lines. It exists only to be compared with the bulk end of day.</summary>
internal static class EodBaselineCommand
{
    public static Command Create()
    {
        var postgres = new Option<string>("--postgres") { Description = "Npgsql connection string.", Required = true };
        var sample = new Option<int>("--sample") { Description = "Lines actually accrued.", DefaultValueFactory = _ => 50_000 };
        var lines = new Option<long>("--lines") { Description = "Lines to scale the time to.", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("eod-baseline", "Time an end of day done one transaction per line.")
        {
            postgres, sample, lines,
        };
        command.SetAction((result, ct) => RunAsync(result.GetValue(postgres)!, result.GetValue(sample),
            result.GetValue(lines), ct));
        return command;
    }

    private static async Task<int> RunAsync(string connectionString, int sample, long lines, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await PrepareAsync(dataSource, sample, ct);
        var day = new DateOnly(2024, 3, 1);
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        for (var id = 1; id <= sample; id++)
        {
            await AccrueOneAsync(connection, id, day, ct);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var scaled = seconds / sample * lines;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"eod-baseline sample_lines={sample} sample_seconds={seconds:F2} " +
            $"per_line_ms={seconds / sample * 1000:F3} scaled_lines={lines} scaled_seconds={scaled:F1}"));
        return 0;
    }

    private static async Task PrepareAsync(NpgsqlDataSource dataSource, int sample, CancellationToken ct)
    {
        await using (var setup = dataSource.CreateCommand("""
            DROP SCHEMA IF EXISTS naive_eod CASCADE;
            CREATE SCHEMA naive_eod;
            CREATE TABLE naive_eod.lines (id int PRIMARY KEY, principal bigint NOT NULL, rate_micros bigint NOT NULL,
                interest bigint NOT NULL, carry bigint NOT NULL, accrued_through date);
            CREATE TABLE naive_eod.journal (line_id int NOT NULL, posting int NOT NULL, business_date date NOT NULL,
                account text NOT NULL, amount bigint NOT NULL, PRIMARY KEY (line_id, business_date, posting));
            """))
        {
            await setup.ExecuteNonQueryAsync(ct);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY naive_eod.lines (id, principal, rate_micros, interest, carry) FROM STDIN (FORMAT BINARY)", ct);
        for (var id = 1; id <= sample; id++)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, ct);
            await copy.WriteAsync(1_000_000L + (id * 7919L % 5_000_000L), ct);
            await copy.WriteAsync(43_500L, ct);
            await copy.WriteAsync(0L, ct);
            await copy.WriteAsync(0L, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task AccrueOneAsync(NpgsqlConnection connection, int id, DateOnly day, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        long principal, rate, carry;
        await using (var read = new NpgsqlCommand(
            "SELECT principal, rate_micros, carry FROM naive_eod.lines WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            await using var reader = await read.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (principal, rate, carry) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        var (posted, newCarry) = Accrual.Interest(principal, rate, DayCount.Act360, carry);
        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            var update = new NpgsqlBatchCommand(
                "UPDATE naive_eod.lines SET interest = interest + $2, carry = $3, accrued_through = $4 WHERE id = $1");
            update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = posted });
            update.Parameters.Add(new NpgsqlParameter<long> { TypedValue = newCarry });
            update.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
            var journal = new NpgsqlBatchCommand(
                "INSERT INTO naive_eod.journal VALUES ($1, 1, $2, 'interest-receivable', $3), " +
                "($1, 2, $2, 'interest-income', -$3)");
            journal.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            journal.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
            journal.Parameters.Add(new NpgsqlParameter<long> { TypedValue = posted });
            write.BatchCommands.Add(update);
            write.BatchCommands.Add(journal);
            await write.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
