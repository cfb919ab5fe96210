using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.EndOfDay;

/// <summary>End of day across silos: once the silo that ran it has answered, the ledger is on the next business
/// date everywhere; every silo books on that date, at once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterEndOfDayTests(PostgresFixture postgres, ITestOutputHelper output)
{
    /// <summary>The default lease (5 s), so that a silo's own upkeep, which would also tell it the new date, runs
    /// only once a second.</summary>
    [Fact]
    public async Task Submit_RightAfterClusterEndOfDay_PeerBooksOnTheNewDateWithoutARetry()
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 2,
            leaseSeconds: 5);
        var (coordinator, peer) = (cluster.Live[0], cluster.Live[1]);
        await ClusterApi.AcceptAllAsync(coordinator.Http, Records.SetBusinessDate());
        var borrower = Records.BorrowerOwnedBy(await ClusterApi.PartitionMapAsync(coordinator.Http), peer.Endpoint());
        await ClusterApi.AcceptAllAsync(peer.Http, Records.OpenBorrower(borrower), Records.OpenLine(borrower),
            Records.Draw(borrower, 36_000_000, "d1"));

        await ClusterApi.AcceptAllAsync(coordinator.Http, Records.EndOfDay(Records.Day1));
        var answer = await ClusterApi.PostAsync(peer.Http, "v1/commands", Records.Draw(borrower, 100, "d2"),
            forwarded: true);
        var status = await ClusterApi.StatusAsync(peer.Http);

        output.WriteLine($"peer answered {answer}; its status then: {status}");
        Assert.True(answer.Code == 200 && answer.Outcome == "ACCEPTED",
            $"Right after the end of day, the peer answered {answer}");
        Assert.Equal("2024-03-02", status.GetProperty("businessDate").GetString());
    }
}
