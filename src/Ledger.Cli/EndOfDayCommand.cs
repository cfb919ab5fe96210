using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ledger.Client;
using Spectre.Console;

namespace Ledger.Cli;

/// <summary><c>ledger eod --date D [--wait]</c>: closes business date D (the date step: the ledger moves to D + 1 at
/// once) and shows how far the books have closed D; with <c>--wait</c>, until every book has and the ledger records
/// it closed through D (the journal is then complete through D). <c>ledger eod</c> alone shows the business date,
/// the scheduled end of day and the progress; <c>ledger eod schedule --at HH:MM --zone ZONE</c> and
/// <c>ledger eod schedule --off</c> set and remove the schedule.</summary>
internal static class EndOfDayCommand
{
    public static Command Create()
    {
        var date = new Option<string?>("--date")
        {
            Description = "The business date to close (YYYY-MM-DD); without it, show the business date, the "
                + "schedule and the progress.",
        };
        var id = new Option<string?>("--id") { Description = "Command id (default eod-DATE); reuse it to retry." };
        var wait = new Option<bool>("--wait")
        {
            Description = "Wait until every book has closed the date (the ledger is closed through it).",
        };
        var command = new Command("eod", "Run end of day for the business date, or show it and its schedule.")
        {
            date, id, wait, Schedule(),
        };
        command.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            if (result.GetValue(date) is not { } dateText)
            {
                if (result.GetValue(wait) || result.GetValue(id) is not null)
                {
                    throw new CliException("--id and --wait need --date.");
                }

                using var reader = CliContext.CreateClient(result);
                await ShowAsync(reader, ct);
                return 0;
            }

            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var day))
            {
                throw new CliException("--date must be YYYY-MM-DD.");
            }

            using var client = CliContext.CreateClient(result);
            var commandId = result.GetValue(id) ?? $"eod-{day:yyyy-MM-dd}";
            var started = Stopwatch.GetTimestamp();
            var outcome = await client.EndOfDayAsync(commandId, day, ct);
            var stepMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            CliOutput.Line(Markup.Escape($"end of day {day:yyyy-MM-dd}: ") + $"[bold]{Markup.Escape(outcome.Outcome)}[/]"
                + Markup.Escape(string.Create(CultureInfo.InvariantCulture, $" ({stepMs:F0} ms)")));
            if (!outcome.IsAccepted)
            {
                return ExitCodes.Refused;
            }

            var progress = await ReadProgressAsync(client, ct);
            if (!result.GetValue(wait))
            {
                Console.WriteLine(Describe(day, progress));
                return 0;
            }

            await WaitUntilClosedAsync(client, day, progress, ct);
            return 0;
        }));
        return command;
    }

    private const string SchedulePath = "v1/eod/schedule";

    /// <summary><c>ledger eod schedule --at HH:MM --zone ZONE</c> or <c>--off</c>.</summary>
    private static Command Schedule()
    {
        var at = new Option<string?>("--at") { Description = "Closing time, HH:MM on a 24-hour clock (e.g. 18:00)." };
        var zone = new Option<string?>("--zone") { Description = "IANA time zone of --at (e.g. Asia/Shanghai)." };
        var off = new Option<bool>("--off") { Description = "Remove the schedule: end of day only when sent." };
        var command = new Command("schedule",
            "Close each business date by itself at a wall-clock time in a time zone (or --off).") { at, zone, off };
        command.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            var (atText, zoneText, isOff) = (result.GetValue(at), result.GetValue(zone), result.GetValue(off));
            if (isOff == (atText is not null || zoneText is not null) || (!isOff && (atText is null || zoneText is null)))
            {
                throw new CliException("give --at HH:MM and --zone ZONE, or --off alone.");
            }

            using var client = CliContext.CreateClient(result);
            var json = isOff
                ? await client.DeleteAsync(SchedulePath, ct)
                : await client.PutJsonAsync(SchedulePath,
                    JsonSerializer.Serialize(new Dictionary<string, string> { ["at"] = atText!, ["zone"] = zoneText! }),
                    ct);
            Console.WriteLine(DescribeSchedule(json));
            return 0;
        }));
        return command;
    }

    private static async Task ShowAsync(LedgerClient client, CancellationToken ct)
    {
        var schedule = await client.GetJsonAsync(SchedulePath, ct)
            ?? throw new CliException(ExitCodes.Unexpected, "the silo has no end-of-day schedule route.");
        using (var document = JsonDocument.Parse(schedule))
        {
            var date = document.RootElement.GetProperty("businessDate").GetString();
            Console.WriteLine($"business date: {date ?? "none set"}");
        }

        Console.WriteLine(DescribeSchedule(schedule));
        var progress = await ReadProgressAsync(client, ct);
        Console.WriteLine(progress.Closing is { } closing
            ? Describe(closing, progress)
            : $"closed through {progress.ClosedThrough:yyyy-MM-dd}");
    }

    /// <summary>One line: the schedule and when the business date closes under it.</summary>
    private static string DescribeSchedule(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.GetProperty("scheduled").GetBoolean())
        {
            return "schedule: none (end of day runs when sent: ledger eod --date D)";
        }

        var line = $"schedule: daily at {root.GetProperty("at").GetString()} {root.GetProperty("zone").GetString()}";
        return root.GetProperty("closesAt").ValueKind == JsonValueKind.String
            ? line + string.Create(CultureInfo.InvariantCulture,
                $"; {root.GetProperty("businessDate").GetString()} closes at {root.GetProperty("closesAt").GetDateTimeOffset():yyyy-MM-dd HH:mm} UTC")
            : line;
    }

    private static async Task WaitUntilClosedAsync(LedgerClient client, DateOnly day, Progress progress,
        CancellationToken ct)
    {
        if (CliOutput.Mode != OutputMode.Table || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            while (!IsClosed(day, progress))
            {
                Console.WriteLine(Describe(day, progress));
                await Task.Delay(1000, ct);
                progress = await ReadProgressAsync(client, ct);
            }

            Console.WriteLine(Describe(day, progress));
            return;
        }

        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask($"closing {day:yyyy-MM-dd}");
                while (true)
                {
                    bar.MaxValue = Math.Max(1, progress.Books);
                    bar.Value = progress.Closing == day ? progress.BooksClosed : 0;
                    bar.Description = Describe(day, progress);
                    if (IsClosed(day, progress))
                    {
                        break;
                    }

                    await Task.Delay(250, ct);
                    progress = await ReadProgressAsync(client, ct);
                }

                bar.Value = bar.MaxValue;
            });
    }

    private static bool IsClosed(DateOnly day, Progress progress) => progress.ClosedThrough >= day;

    private static string Describe(DateOnly day, Progress progress) =>
        IsClosed(day, progress)
            ? $"closed through {progress.ClosedThrough:yyyy-MM-dd}: every book has closed {day:yyyy-MM-dd}"
            : progress.Closing == day
                ? $"books closed {progress.BooksClosed:N0} of {progress.Books:N0}"
                : $"closing {progress.Closing:yyyy-MM-dd}, closed through {progress.ClosedThrough:yyyy-MM-dd}";

    private sealed record Progress(DateOnly? Closing, long BooksClosed, long Books, DateOnly? ClosedThrough);

    private static async Task<Progress> ReadProgressAsync(LedgerClient client, CancellationToken ct)
    {
        var json = await client.GetJsonAsync("v1/status", ct) ?? throw new CliException(ExitCodes.Unexpected, "the silo has no status.");
        using var document = JsonDocument.Parse(json);
        var closing = document.RootElement.GetProperty("closing");
        return new Progress(Date(closing, "closing"), closing.GetProperty("booksClosed").GetInt64(),
            closing.GetProperty("books").GetInt64(), Date(closing, "closedThrough"));
    }

    private static DateOnly? Date(JsonElement element, string name) =>
        element.GetProperty(name).GetString() is { } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
