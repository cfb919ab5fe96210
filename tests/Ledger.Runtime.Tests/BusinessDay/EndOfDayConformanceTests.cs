using Ledger.Runtime.Tests.Support;
using Ledger.Testing;

namespace Ledger.Runtime.Tests.BusinessDay;

/// <summary>The conformance streams through the engine (bulk end of day from the store, activations loaded and
/// dropped) give exactly what the pure domain gives: every outcome, and the snapshot byte for byte.</summary>
public sealed class EndOfDayConformanceTests
{
    public static TheoryData<string> Streams => new(ConformanceStreams.Names);

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task SubmitAsync_ConformanceStreamOnSqlite_MatchesTheInMemoryLedger(string name)
    {
        await using var harness = new EngineHarness(LedgerLocation.Sqlite());

        await AssertMatchesInMemoryLedgerAsync(harness, name);
    }

    internal static async Task AssertMatchesInMemoryLedgerAsync(EngineHarness harness, string name)
    {
        var (engine, _) = await harness.StartAsync();

        var reference = await ConformanceStreams.ReplayAsync(name, engine);

        Assert.Equal(reference.Snapshot(), await engine.SnapshotAsync());
    }
}

/// <summary>The same on PostgreSQL, one fresh database per stream. The largest stream of single-borrower
/// traffic (seed-ccb-quickloan) is left to SQLite to keep the run short: it adds nothing mixed-small lacks.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEndOfDayConformanceTests(PostgresFixture postgres)
{
    public static TheoryData<string> Streams => new(ConformanceStreams.Names.Where(n => n != "seed-ccb-quickloan"));

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task SubmitAsync_ConformanceStreamOnPostgres_MatchesTheInMemoryLedger(string name)
    {
        await using var harness = new EngineHarness(LedgerLocation.Postgres(await postgres.CreateDatabaseAsync()));

        await EndOfDayConformanceTests.AssertMatchesInMemoryLedgerAsync(harness, name);
    }
}
