using System.Text;
using Ledger.LoadTest.Replay;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Conformance;

/// <summary>The conformance streams replayed over HTTP (the load-test tool's network replayer, 8 lanes) into a
/// fresh silo give exactly their outcome list and snapshot, on every store; and a stream replayed a second time
/// changes nothing (every id answers its recorded outcome).</summary>
/// <remarks>The silos here have 16 partitions, not the default 256: outcomes and books must not depend on the
/// partition count. With 256 the EndOfDay-heavy streams (seed-ccb-quickloan has 181) took half a minute each when
/// every EndOfDay read each partition; the count stays 16 to keep the suite short. The default count is covered by the durability tests
/// (PostgreSQL, mixed-small) and the CLI test (SQLite, seed-jd-broiler).</remarks>
public abstract class NetworkConformanceTests
{
    internal const int Concurrency = 8;
    internal const int BatchSize = 64;
    internal const string Partitions = "16";
    private static readonly TimeSpan ReplayDeadline = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Streams => new(StreamFiles.Names);

    private protected abstract Task<TestSilo> StartSiloAsync();

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task NetworkReplay_ConformanceStream_MatchesOutcomesAndSnapshotByteForByte(string name)
    {
        await using var silo = await StartSiloAsync();

        var (outcomes, snapshot) = await ReplayAsync(silo, name);

        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes);
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", snapshot);
    }

    [Fact]
    public async Task NetworkReplay_SameStreamTwiceIntoOneSilo_OutcomesAndSnapshotUnchanged()
    {
        await using var silo = await StartSiloAsync();

        var (firstOutcomes, firstSnapshot) = await ReplayAsync(silo, "mixed-small");
        var (secondOutcomes, secondSnapshot) = await ReplayAsync(silo, "mixed-small");

        StreamFiles.AssertSameBytes("mixed-small.outcomes.jsonl", firstOutcomes);
        StreamFiles.AssertSameBytes("mixed-small.snapshot.json", firstSnapshot);
        Assert.Equal(firstOutcomes, secondOutcomes);
        Assert.Equal(firstSnapshot, secondSnapshot);
    }

    /// <summary>Replays stream <paramref name="name"/> through <see cref="NetworkReplayer"/> and returns the outcome
    /// list and the snapshot the silo serves afterwards.</summary>
    internal static async Task<(string Outcomes, string Snapshot)> ReplayAsync(TestSilo silo, string name)
    {
        using var client = silo.CreateClient();
        var outcomes = new OutcomeLines();
        using var replayer = new NetworkReplayer(client, Concurrency, BatchSize, outcomes, TextWriter.Null);
        using var stream = new StreamReader(StreamFiles.Stream(name), Encoding.UTF8);
        using var deadline = new CancellationTokenSource(ReplayDeadline);

        await replayer.ReplayAsync(stream, null, deadline.Token);

        return (outcomes.Text, await client.GetSnapshotAsync(deadline.Token));
    }
}

public sealed class SqliteNetworkConformanceTests : NetworkConformanceTests
{
    private protected override Task<TestSilo> StartSiloAsync() => TestSilo.StartSqliteAsync("--partitions", Partitions);
}

/// <summary>The same with the sweep off: every book closes its days only on its next command, and the snapshot
/// closes the rest in memory; the outcomes and snapshot are still exactly the expected ones.</summary>
public sealed class SqliteNoSweepNetworkConformanceTests : NetworkConformanceTests
{
    private protected override Task<TestSilo> StartSiloAsync() =>
        TestSilo.StartSqliteAsync("--partitions", Partitions, "--sweep", "false");
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresNetworkConformanceTests(PostgresFixture postgres) : NetworkConformanceTests
{
    private protected override async Task<TestSilo> StartSiloAsync() =>
        await TestSilo.StartPostgresAsync(await postgres.CreateDatabaseAsync(), "--partitions", Partitions);
}
