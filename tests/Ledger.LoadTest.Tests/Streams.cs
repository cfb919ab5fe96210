using System.Text;
using Ledger.Domain;
using Ledger.LoadTest.Generate;

namespace Ledger.LoadTest.Tests;

/// <summary>Generated streams in memory, and their replay through the pure domain.</summary>
internal static class Streams
{
    /// <summary>The kind by its command-line name (theory data stays public while the kinds are internal).</summary>
    public static StreamKind Kind(string name) => name switch
    {
        "quickloan" => StreamKind.QuickLoan,
        "broiler" => StreamKind.Broiler,
        "mixed" => StreamKind.Mixed,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a stream kind"),
    };

    public static GeneratorSettings Settings(string kind, ulong seed = 42, int borrowers = 50, int days = 20,
        int? perDay = 100, long? records = null) =>
        new(Kind(kind), seed, borrowers, days, perDay, records, GeneratorSettings.DefaultFirstDate);

    public static (string Text, GenerateSummary Summary) Generate(GeneratorSettings settings)
    {
        using var writer = new StringWriter();
        var summary = StreamGenerator.Generate(settings, writer);
        return (writer.ToString(), summary);
    }

    public static byte[] GenerateBytes(GeneratorSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 12, leaveOpen: true))
        {
            StreamGenerator.Generate(settings, writer);
        }

        return buffer.ToArray();
    }

    public static string[] Lines(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text[..^1].Split('\n');
    }

    /// <summary>Replays every line through <see cref="CommandParser"/> and <see cref="InMemoryLedger"/>, as the
    /// replay tool's dry run does; returns the ledger and each line's outcome code.</summary>
    public static (InMemoryLedger Ledger, List<string> Outcomes) DryRun(string text)
    {
        var ledger = new InMemoryLedger();
        var outcomes = new List<string>();
        foreach (var line in Lines(text))
        {
            var parsed = CommandParser.Parse(line);
            outcomes.Add(parsed.Status switch
            {
                ParseStatus.Malformed => "MALFORMED",
                ParseStatus.ShapeRejected => parsed.Reason.ToCode(),
                _ => ledger.Apply(parsed.Command!).ToCode(),
            });
        }

        return (ledger, outcomes);
    }
}
