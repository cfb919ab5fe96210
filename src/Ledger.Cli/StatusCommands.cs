using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Ledger.Cli;

/// <summary><c>ledger cluster status</c>.</summary>
internal static class StatusCommands
{
    public static Command Cluster()
    {
        var cluster = new Command("cluster", "The silos of the ledger.");
        var status = new Command("status",
            "Silos of Orleans' membership with their status and activations, business date, end-of-day progress.");
        status.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            using var client = CliContext.CreateClient(result);
            var silosJson = await client.GetJsonAsync("v1/cluster/silos", ct) ?? "[]";
            var statusJson = await client.GetJsonAsync("v1/status", ct)
                ?? throw new CliException(ExitCodes.Unexpected, "the silo has no status.");
            if (CliOutput.Mode == OutputMode.Json)
            {
                Console.WriteLine($"{{\"silos\": {silosJson},\n\"status\": {statusJson}}}");
                return ExitCodes.Ok;
            }

            using var silos = JsonDocument.Parse(silosJson);
            CliOutput.Rows(["silo", "address", "status", "activations", "started", "last heartbeat"],
                silos.RootElement.EnumerateArray().Select(silo => new[]
                {
                    silo.GetProperty("siloId").GetString()!,
                    silo.GetProperty("endpoint").GetString()!,
                    silo.GetProperty("status").GetString()!,
                    silo.TryGetProperty("activations", out var activations) && activations.ValueKind == JsonValueKind.Number
                        ? activations.GetInt32().ToString(CultureInfo.InvariantCulture)
                        : "-",
                    silo.GetProperty("startedAt").GetDateTimeOffset().ToString("u", CultureInfo.InvariantCulture),
                    silo.GetProperty("heartbeatAt").GetDateTimeOffset().ToString("u", CultureInfo.InvariantCulture),
                }).ToList());
            using var document = JsonDocument.Parse(statusJson);
            var s = document.RootElement;
            var date = s.GetProperty("businessDate").GetString() ?? "(not set)";
            var closing = s.GetProperty("closing");
            var closedThrough = closing.GetProperty("closedThrough").GetString() ?? "(none)";
            var books = closing.GetProperty("books").GetInt64();
            var behind = books - closing.GetProperty("booksClosed").GetInt64();
            var sweep = behind > 0 ? $" ({behind:N0} of {books:N0} books still to close)" : string.Empty;
            Console.WriteLine($"business date: {date}, closed through: {closedThrough}{sweep}");
            return 0;
        }));
        var silo = new Argument<string>("silo") { Description = "The silo id (see cluster status)." };
        var drain = new Command("drain",
            "Ask a silo to stop gracefully: it finishes its turns and exits; its books activate on the others.") { silo };
        drain.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            using var client = CliContext.CreateClient(result);
            var id = result.GetValue(silo)!;
            await client.PostAsync($"v1/cluster/drain/{Uri.EscapeDataString(id)}", ct);
            Console.WriteLine($"{id}: draining (it finishes its turns and exits; its books move to the other silos)");
            return 0;
        }));
        cluster.Subcommands.Add(drain);
        cluster.Subcommands.Add(status);
        cluster.Subcommands.Add(GatewayReaderCommand.Create());
        return cluster;
    }
}
