using System.Diagnostics;
using Ledger.Client;
using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.EndOfDay;

/// <summary>The conformance streams replayed into a fresh 3-silo cluster (16 partitions, so each silo owns about a
/// third of the borrowers; every EndOfDay steps the date, and books close on their silos by their next turn or the
/// sweep) give exactly their outcome list and
/// snapshot, as on one silo.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterConformanceTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Streams => new(StreamFiles.Names);

    [Theory]
    [MemberData(nameof(Streams))]
    public async Task Replay_ConformanceStreamIntoThreeSilos_MatchesOutcomesAndSnapshotByteForByte(string name)
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 3);
        using var client = cluster.CreateClient(new LedgerClientOptions { RouteToOwners = true });
        var clock = Stopwatch.StartNew();

        var (outcomes, snapshot) = await Replays.ReplayFileAsync(client, StreamFiles.Stream(name), Deadline);

        output.WriteLine($"{name}: replayed in {clock.Elapsed.TotalSeconds:F1} s; books the sweep closed: "
            + string.Join(", ", cluster.Live.Select(s => $"{s.SiloId} {s.Engine.Closing.BooksClosedHere}")));
        StreamFiles.AssertSameBytes($"{name}.outcomes.jsonl", outcomes);
        StreamFiles.AssertSameBytes($"{name}.snapshot.json", snapshot);
        Assert.All(cluster.Live, s => Assert.True(s.Engine.GetStatus().PartitionsOwned > 0, s.SiloId));
    }
}
