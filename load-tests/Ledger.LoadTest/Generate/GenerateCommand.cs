using System.CommandLine;
using System.Text;
using Ledger.Domain;

namespace Ledger.LoadTest.Generate;

/// <summary>The <c>generate</c> verb: --kind quickloan|broiler|mixed --seed N --borrowers N
/// (--days N --per-day N | --records N) --out FILE.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind")
        {
            Description = "What the stream models: quickloan (revolving credit lines), broiler (flock orders paid "
                + "in tranches) or mixed (both, every command type, invalid records, retries, id conflicts).",
            Required = true,
        };
        kind.AcceptOnlyFromAmong("quickloan", "broiler", "mixed");
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the generator: the same seed and options give the same bytes.",
            DefaultValueFactory = _ => 1,
        };
        var borrowers = new Option<int>("--borrowers")
        {
            Description = "Number of borrowers (B0000001, ...), all opened at the start.",
            DefaultValueFactory = _ => 1_000,
        };
        var days = new Option<int?>("--days")
        {
            Description = "Business days, each ending with an EndOfDay (with --records: at most this many; "
                + $"default {GeneratorSettings.DefaultDays}).",
        };
        var perDay = new Option<int?>("--per-day") { Description = "Commands per business day, its EndOfDay aside." };
        var records = new Option<long?>("--records")
        {
            Description = "Exact number of lines of the stream, spread evenly over the days.",
        };
        var firstDate = new Option<string>("--start-date")
        {
            Description = "The first business date (YYYY-MM-DD).",
            DefaultValueFactory = _ => Values.FormatDate(GeneratorSettings.DefaultFirstDate),
        };
        var output = new Option<FileInfo>("--out") { Description = "The stream file to write.", Required = true };
        var command = new Command("generate", "Write a deterministic synthetic transaction stream.")
        {
            kind, seed, borrowers, days, perDay, records, firstDate, output,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var perDayValue = result.GetValue(perDay);
            var recordsValue = result.GetValue(records);
            var daysValue = result.GetValue(days);
            if (perDayValue is not null && daysValue is null)
            {
                return Fail("--per-day needs --days.");
            }

            if (!Values.TryParseDate(result.GetValue(firstDate), out var first))
            {
                return Fail("--start-date must be a YYYY-MM-DD date.");
            }

            var settings = new GeneratorSettings(ParseKind(result.GetValue(kind)!), result.GetValue(seed),
                result.GetValue(borrowers), daysValue ?? GeneratorSettings.DefaultDays, perDayValue, recordsValue,
                first);
            return RunAsync(settings, result.GetValue(output)!, cancellationToken);
        });
        return command;
    }

    private static StreamKind ParseKind(string kind) => kind switch
    {
        "quickloan" => StreamKind.QuickLoan,
        "broiler" => StreamKind.Broiler,
        _ => StreamKind.Mixed,
    };

    private static async Task<int> RunAsync(GeneratorSettings settings, FileInfo output, CancellationToken ct)
    {
        if (settings.Problem() is { } problem)
        {
            return await Fail(problem + ".");
        }

        try
        {
            GenerateSummary summary;
            await using (var writer = new StreamWriter(
                new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16),
                new UTF8Encoding(false), 1 << 16))
            {
                // Generation is CPU-bound and synchronous; the writer buffers, so the file is written in large
                // blocks as it goes.
                summary = await Task.Run(() => StreamGenerator.Generate(settings, writer), ct);
            }

            Console.WriteLine(summary);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: cannot write '{output.FullName}': {ex.Message}");
            return 3;
        }
    }

    private static async Task<int> Fail(string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}");
        return 2;
    }
}
