using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ledger.Client;
using Spectre.Console;

namespace Ledger.Cli;

/// <summary><c>ledger eod --date D</c>: runs end of day for the business date D and shows its progress
/// (partitions and entities done, rate) until it is booked.</summary>
internal static class EndOfDayCommand
{
    public static Command Create()
    {
        var date = new Option<string>("--date") { Description = "The business date to close (YYYY-MM-DD).", Required = true };
        var id = new Option<string?>("--id") { Description = "Command id (default eod-DATE); reuse it to retry." };
        var command = new Command("eod", "Run end of day for the business date.") { date, id };
        command.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            if (!DateOnly.TryParseExact(result.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var day))
            {
                throw new CliException("--date must be YYYY-MM-DD.");
            }

            using var client = CliContext.CreateClient(result);
            var commandId = result.GetValue(id) ?? $"eod-{day:yyyy-MM-dd}";
            var run = client.EndOfDayAsync(commandId, day, ct);
            var outcome = await ShowProgressAsync(client, run, ct);
            AnsiConsole.MarkupLineInterpolated($"end of day {day:yyyy-MM-dd}: [bold]{outcome.Outcome}[/]");
            return outcome.IsAccepted ? 0 : 1;
        }));
        return command;
    }

    private static async Task<CommandResult> ShowProgressAsync(LedgerClient client, Task<CommandResult> run,
        CancellationToken ct)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            while (!run.IsCompleted)
            {
                var (done, count, entities) = await ReadProgressAsync(client, ct);
                Console.WriteLine($"partitions {done}/{count}, entities {entities}");
                await Task.WhenAny(run, Task.Delay(1000, ct));
            }

            return await run;
        }

        var started = DateTime.UtcNow;
        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("end of day");
                while (!run.IsCompleted)
                {
                    var (done, count, entities) = await ReadProgressAsync(client, ct);
                    var seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                    bar.MaxValue = Math.Max(1, count);
                    bar.Value = done;
                    bar.Description = $"{done}/{count} partitions, {entities:N0} entities, {entities / seconds:N0}/s";
                    await Task.WhenAny(run, Task.Delay(250, ct));
                }

                bar.Value = bar.MaxValue;
            });
        return await run;
    }

    private static async Task<(int Done, int Count, long Entities)> ReadProgressAsync(LedgerClient client,
        CancellationToken ct)
    {
        var json = await client.GetJsonAsync("v1/status", ct);
        if (json is null)
        {
            return (0, 0, 0);
        }

        using var document = JsonDocument.Parse(json);
        var s = document.RootElement;
        return (s.GetProperty("endOfDayPartitionsDone").GetInt32(), s.GetProperty("partitionCount").GetInt32(),
            s.GetProperty("endOfDayEntities").GetInt64());
    }
}
