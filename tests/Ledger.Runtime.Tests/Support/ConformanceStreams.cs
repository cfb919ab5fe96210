using Ledger.Domain;

namespace Ledger.Runtime.Tests.Support;

/// <summary>The conformance streams (tests/streams), copied next to the test assembly under <c>streams/</c>, and
/// their replay through an engine beside the pure domain's <see cref="InMemoryLedger"/>.</summary>
internal static class ConformanceStreams
{
    public static readonly string[] Names =
        ["edge-rounding", "mixed-small", "seed-ccb-deferral", "seed-ccb-quickloan", "seed-jd-broiler", "strict-fields"];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "streams", $"{name}.jsonl");

    /// <summary>The stream's well-formed commands, in stream order; records the parser rejects for their shape
    /// or cannot read at all never reach a ledger, so they are left out.</summary>
    public static List<(int Line, LedgerCommand Command)> WellFormedCommands(string name)
    {
        var commands = new List<(int, LedgerCommand)>();
        var number = 0;
        foreach (var record in File.ReadLines(PathOf(name)))
        {
            number++;
            var parsed = CommandParser.Parse(record);
            if (parsed.Status == ParseStatus.Valid)
            {
                commands.Add((number, parsed.Command!));
            }
        }

        return commands;
    }

    /// <summary>Applies each command, one at a time in stream order, to the engine and to an in-memory ledger
    /// (eager end of day: the reference), asserting that both answer the same; returns the in-memory ledger.
    /// <paramref name="afterEach"/>, when given, runs after each command with the engine's outcome, before the
    /// next command is sent.</summary>
    public static async Task<InMemoryLedger> ReplayAsync(string name, LedgerEngine engine,
        Func<LedgerCommand, CommandOutcome, Task>? afterEach = null)
    {
        var reference = new InMemoryLedger();
        foreach (var (line, command) in WellFormedCommands(name))
        {
            var expected = reference.Apply(command);
            var actual = await engine.SubmitAsync(command, CancellationToken.None);
            Assert.True(expected == actual,
                $"{name}.jsonl line {line} ({command.Id}): engine {actual.ToCode()}, domain {expected.ToCode()}");
            if (afterEach is not null)
            {
                await afterEach(command, actual);
            }
        }

        return reference;
    }
}
