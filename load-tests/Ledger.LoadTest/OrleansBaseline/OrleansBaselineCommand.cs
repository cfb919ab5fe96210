using System.CommandLine;
using System.Text;
using Ledger.LoadTest.Baseline;
using Npgsql;

namespace Ledger.LoadTest.OrleansBaseline;

/// <summary>The <c>orleans-baseline</c> verb: STREAM --postgres CONNSTR [--concurrency N].</summary>
internal static class OrleansBaselineCommand
{
    public static Command Create()
    {
        var stream = new Argument<FileInfo>("stream") { Description = "The transaction stream (JSON Lines)." };
        var postgres = new Option<string>("--postgres")
        {
            Description = "Npgsql connection string of the database; the ledger's migrations create the Orleans "
                + "tables in it if absent.",
            Required = true,
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Concurrent callers, each sending its borrowers' records one at a time.",
            DefaultValueFactory = _ => 128,
        };
        var command = new Command("orleans-baseline",
            "Run a stream through stock Orleans (the domain in a grain whose book is an IPersistentState on "
            + "Microsoft.Orleans.Persistence.AdoNet, one write per command; one silo and client in this process), "
            + "to compare with the ledger. Prints orleans_adonet_per_s=.")
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

        try
        {
            _ = new NpgsqlConnectionStringBuilder(postgres);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: --postgres is not a connection string: {ex.Message}");
            return 2;
        }

        try
        {
            await using var host = new StockOrleansHost(postgres, concurrency);
            using var reader = new StreamReader(stream.FullName, Encoding.UTF8);
            var summary = await new BaselineRunner(host, concurrency).RunAsync(reader, ct);
            foreach (var (outcome, count) in summary.ByOutcome)
            {
                Console.WriteLine($"  {outcome}: {count}");
            }

            Console.WriteLine(summary);
            Console.WriteLine($"orleans_adonet_per_s={summary.PerSecond}");
            return 0;
        }
        catch (Exception ex)
            when (ex is NpgsqlException or BaselineException or IOException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 3;
        }
    }
}
