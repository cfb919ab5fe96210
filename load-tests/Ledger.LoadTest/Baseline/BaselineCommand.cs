using System.CommandLine;
using System.Text;
using Npgsql;

namespace Ledger.LoadTest.Baseline;

/// <summary>The <c>baseline</c> verb: STREAM --postgres CONNSTR [--concurrency N].</summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var stream = new Argument<FileInfo>("stream") { Description = "The transaction stream (JSON Lines)." };
        var postgres = new Option<string>("--postgres")
        {
            Description = "Npgsql connection string of the database; its schema 'naive' is dropped and created.",
            Required = true,
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Lanes of borrowers run concurrently, each on its own connection.",
            DefaultValueFactory = _ => 8,
        };
        var command = new Command("baseline",
            "Run a stream's command traffic against PostgreSQL the naive way (one transaction per command), to "
            + "compare with the ledger.")
        {
            stream, postgres, concurrency,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(stream)!,
            result.GetValue(postgres)!, result.GetValue(concurrency), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo stream, string postgres, int concurrency, CancellationToken ct)
    {
        if (!stream.Exists)
        {
            await Console.Error.WriteLineAsync($"error: stream file '{stream.FullName}' does not exist.");
            return 2;
        }

        if (concurrency < 1)
        {
            await Console.Error.WriteLineAsync("error: --concurrency must be at least 1.");
            return 2;
        }

        NpgsqlConnectionStringBuilder connection;
        try
        {
            connection = new NpgsqlConnectionStringBuilder(postgres);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: --postgres is not a connection string: {ex.Message}");
            return 2;
        }

        // One connection per lane and one for the barriers.
        connection.MaxPoolSize = Math.Max(connection.MaxPoolSize, concurrency + 1);
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connection);
            using var reader = new StreamReader(stream.FullName, Encoding.UTF8);
            var summary = await new BaselineRunner(dataSource, concurrency).RunAsync(reader, ct);
            foreach (var (outcome, count) in summary.ByOutcome)
            {
                Console.WriteLine($"  {outcome}: {count}");
            }

            Console.WriteLine(summary);
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or BaselineException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 3;
        }
    }
}
