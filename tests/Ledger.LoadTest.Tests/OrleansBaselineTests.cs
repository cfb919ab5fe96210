using Ledger.LoadTest.Baseline;
using Ledger.LoadTest.OrleansBaseline;
using Ledger.Testing;

namespace Ledger.LoadTest.Tests;

/// <summary>The stock-Orleans baseline (a silo and client in the test process, grain state on the ADO.NET provider)
/// against a fresh database of the run's PostgreSQL server: it must decide what the domain decides, or its speed
/// means nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrleansBaselineTests(PostgresFixture postgres)
{
    /// <summary>Several days, so books close their days (accruals, scheduled releases) before later decisions,
    /// and many concurrent callers.</summary>
    [Fact]
    public async Task Run_SmallMixedStream_GivesEveryLineTheDomainsOutcome()
    {
        var (text, generated) = Streams.Generate(Streams.Settings("mixed", seed: 5, borrowers: 40, days: 4,
            perDay: 150));
        var (_, expected) = Streams.DryRun(text);
        await using var host = new StockOrleansHost(await postgres.CreateDatabaseAsync(), callers: 16);

        var summary = await new BaselineRunner(host, concurrency: 16, keepLineOutcomes: true)
            .RunAsync(new StringReader(text), CancellationToken.None);

        Assert.Equal(generated.Records, summary.Records);
        Assert.Equal(expected, summary.LineOutcomes);
        Assert.True(summary.ByOutcome.GetValueOrDefault("ACCEPTED") > summary.Records / 2);
        Assert.StartsWith("orleans_adonet records=", summary.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A command sent again (same id, same content) returns its recorded outcome; other content under a
    /// used id is a conflict; the ledger's own ids likewise.</summary>
    [Fact]
    public async Task Run_RetriedAndConflictingIds_AreAnsweredAsTheDomainAnswersThem()
    {
        string[] records =
        [
            """{"type":"OpenBorrower","id":"b0","borrower":"B1","limit":1000000}""",
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"b","borrower":"B1","limit":1000000}""",
            """{"type":"OpenCreditLine","id":"l1","borrower":"B1","line":"L1","limit":1000,"rate":"0.01",""" +
                "\"expiryDate\":\"2024-03-30\"}",
            """{"type":"Draw","id":"w1","borrower":"B1","line":"L1","amount":500}""",
            """{"type":"Draw","id":"w1","borrower":"B1","line":"L1","amount":500}""",
            """{"type":"Draw","id":"w1","borrower":"B1","line":"L1","amount":600}""",
            """{"type":"EndOfDay","id":"e1","date":"2024-03-01"}""",
            """{"type":"EndOfDay","id":"e1","date":"2024-03-01"}""",
            """{"type":"Repay","id":"r1","borrower":"B1","line":"L1","amount":100}""",
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-05"}""",
        ];
        var text = string.Join("\n", records) + "\n";
        var (_, expected) = Streams.DryRun(text);
        await using var host = new StockOrleansHost(await postgres.CreateDatabaseAsync(), callers: 2);

        var summary = await new BaselineRunner(host, concurrency: 2, keepLineOutcomes: true)
            .RunAsync(new StringReader(text), CancellationToken.None);

        Assert.Equal(expected, summary.LineOutcomes);
        Assert.Contains("DUPLICATE_ID_CONFLICT", expected);
    }
}
