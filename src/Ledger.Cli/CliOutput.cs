using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Ledger.Cli;

/// <summary>How results are written: <c>table</c> (Spectre's tables and colours, on a terminal), <c>plain</c>
/// (tab-separated lines, no colours, nothing wrapped: for pipes and scripts) or <c>json</c>. <c>--output</c> chooses;
/// by default a terminal gets tables and anything else plain text.</summary>
internal static class CliOutput
{
    public static readonly Option<string> Option = new("--output")
    {
        Description = "table, plain or json (default: table on a terminal, plain when piped or redirected).",
        Recursive = true,
    };

    static CliOutput() => Option.AcceptOnlyFromAmong("table", "plain", "json");

    public static OutputMode Mode { get; private set; } = OutputMode.Plain;

    /// <summary>Sets the mode for this run; outside table mode Spectre writes no ANSI and never wraps, in case a
    /// plain message still goes through it.</summary>
    public static void Configure(ParseResult result)
    {
        Mode = result.GetValue(Option) switch
        {
            "table" => OutputMode.Table,
            "json" => OutputMode.Json,
            "plain" => OutputMode.Plain,
            _ => Console.IsOutputRedirected ? OutputMode.Plain : OutputMode.Table,
        };
        if (Mode != OutputMode.Table)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(Console.Out),
            });
            console.Profile.Width = int.MaxValue / 2;
            AnsiConsole.Console = console;
        }
    }

    /// <summary>Rows under a header: a Spectre table, tab-separated lines (header first), or a JSON array of
    /// objects keyed by the header.</summary>
    public static void Rows(string[] header, IEnumerable<string[]> rows)
    {
        switch (Mode)
        {
            case OutputMode.Table:
                var table = new Table().AddColumns(header.Select(Markup.Escape).ToArray());
                foreach (var row in rows)
                {
                    table.AddRow(row.Select(Markup.Escape).ToArray());
                }

                AnsiConsole.Write(table);
                break;
            case OutputMode.Json:
                using (var json = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true }))
                {
                    json.WriteStartArray();
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        for (var i = 0; i < header.Length; i++)
                        {
                            json.WriteString(header[i], row[i]);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                Console.WriteLine();
                break;
            default:
                Console.WriteLine(string.Join('\t', header));
                foreach (var row in rows)
                {
                    Console.WriteLine(string.Join('\t', row));
                }

                break;
        }
    }

    /// <summary>A line of text: with its markup on a terminal, without it otherwise.</summary>
    public static void Line(string markup)
    {
        if (Mode == OutputMode.Table)
        {
            AnsiConsole.MarkupLine(markup);
        }
        else
        {
            Console.WriteLine(Markup.Remove(markup));
        }
    }
}

internal enum OutputMode
{
    Table,
    Plain,
    Json,
}
