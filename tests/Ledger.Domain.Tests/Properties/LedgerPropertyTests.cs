using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Properties;

/// <summary>Seeded random streams: after every command the §6 invariants hold, a rejection changes nothing but
/// its outcome record, and the outcome of every id follows §7 (first outcome final; same content returns it;
/// other content is a conflict that is not recorded; shape rejections are not recorded).</summary>
public sealed class LedgerPropertyTests(ITestOutputHelper output)
{
    private const int CommandsPerSeed = 2_000;

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 20).Select(i => i * 7_919));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomStream_AfterEveryCommand_InvariantsAndIdRulesHold(int seed)
    {
        var ledger = new InMemoryLedger(keepJournal: true);
        var stream = new RandomCommandStream(seed);
        var invariants = new LedgerInvariants();
        var recorded = new Dictionary<(string Scope, string Id), (byte[] Hash, string Outcome)>();
        var outcomes = new SortedDictionary<string, long>(StringComparer.Ordinal);

        for (var i = 0; i < CommandsPerSeed; i++)
        {
            var record = stream.Next(ledger);
            var parsed = CommandParser.Parse(record);
            var before = StateOf(ledger);
            var journalBefore = ledger.Journal.Count;

            var outcome = parsed.Command is { } command ? ledger.Apply(command).ToCode() : parsed.Reason.ToCode();

            var context = $"seed {seed}, command {i + 1}: {record} → {outcome}";
            var isRepeatedId = false;
            if (parsed.Command is { } valid)
            {
                var expected = ExpectedForRecordedId(recorded, valid);
                isRepeatedId = expected is not null;
                if (isRepeatedId)
                {
                    Assert.True(expected == outcome, $"{context}, expected {expected}");
                }
                else
                {
                    recorded.Add(ScopeOf(valid), (valid.ContentHash, outcome));
                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                }
            }

            if (outcome != "ACCEPTED" || isRepeatedId)
            {
                Assert.True(journalBefore == ledger.Journal.Count, $"{context} posted to the journal");
                Assert.True(before == StateOf(ledger), $"{context} changed the state");
            }

            Assert.Equal(outcomes, ledger.OutcomeCounts());
            invariants.AssertHold(ledger);
        }

        var summary = $"outcomes {string.Join(", ", outcomes)}; journal entries {ledger.Journal.Count}; " +
            $"business date {ledger.BusinessDate}";
        output.WriteLine(summary);
        Assert.True(outcomes.GetValueOrDefault("ACCEPTED") > CommandsPerSeed / 4, $"too few accepted: {summary}");
        Assert.True(ledger.Journal.Count > 200, $"too few journal entries: {summary}");
    }

    private static string? ExpectedForRecordedId(
        Dictionary<(string Scope, string Id), (byte[] Hash, string Outcome)> recorded, LedgerCommand command) =>
        recorded.TryGetValue(ScopeOf(command), out var first)
            ? first.Hash.AsSpan().SequenceEqual(command.ContentHash) ? first.Outcome : "DUPLICATE_ID_CONFLICT"
            : null;

    private static (string Scope, string Id) ScopeOf(LedgerCommand command) =>
        (command is BorrowerCommand b ? $"borrower:{b.Borrower}" : "ledger", command.Id);

    /// <summary>The snapshot without its outcome counts: everything a rejection must leave alone.</summary>
    private static string StateOf(InMemoryLedger ledger)
    {
        var snapshot = ledger.Snapshot();
        return snapshot[..snapshot.IndexOf("\"outcomes\"", StringComparison.Ordinal)];
    }
}
