using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Ledger.Cli;

/// <summary><c>ledger cluster status</c>.</summary>
internal static class StatusCommands
{
    public static Command Cluster()
    {
        var cluster = new Command("cluster", "The silos of the ledger.");
        var status = new Command("status", "Silos, partitions per silo, leases, business date.");
        status.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            using var client = CliContext.CreateClient(result);
            var json = await client.GetJsonAsync("v1/status", ct) ?? throw new CliException("No status.");
            using var document = JsonDocument.Parse(json);
            var s = document.RootElement;
            var table = new Table().AddColumns("silo", "partitions owned", "activations", "commits", "turns");
            table.AddRow(s.GetProperty("siloId").GetString()!,
                $"{s.GetProperty("partitionsOwned").GetInt32()} / {s.GetProperty("partitionCount").GetInt32()}",
                s.GetProperty("activations").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.GetProperty("commitBatches").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.GetProperty("committedTurns").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            var date = s.GetProperty("businessDate").GetString() ?? "(not set)";
            var pending = s.GetProperty("endOfDayPending").GetBoolean() ? " (end of day in progress)" : string.Empty;
            AnsiConsole.WriteLine($"business date: {date}{pending}");
            return 0;
        }));
        cluster.Subcommands.Add(status);
        return cluster;
    }
}
