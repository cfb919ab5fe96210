using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Membership;

/// <summary>Membership and balance on an in-process cluster (16 partitions, 4 s leases): partition p belongs to the
/// p-th live silo (by id) modulo the number of live silos; a silo that joins takes its share within a few seconds
/// and a silo that stops hands its share over; each partition that moves gets the next epoch, and no other does.
/// A silo counts as live while its last heartbeat is younger than a lease, so on a machine that stalls for longer
/// than that (a CI run once took 4 s to spread with 2 s leases) the others rightly see it gone and partitions move
/// twice; the failover tests cover that. Here the leases are long enough that only joining and leaving move them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BalanceTests(PostgresFixture postgres, ITestOutputHelper output)
{
    /// <summary>"Within a second or two" (deploy/README.md), with room for a slow machine.</summary>
    private static readonly TimeSpan SpreadTarget = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Balance_SilosJoinThenOneLeaves_SpreadIsEvenEachTimeAndOnlyMovedPartitionsEpochsRiseByOne()
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 1,
            leaseSeconds: 4);
        var alone = await Leases.ReadAsync(cluster.ConnectionString);
        Assert.All(alone, l => Assert.Equal(("silo-01", 1L), (l.Owner, l.Epoch)));
        Assert.Equal(cluster.PartitionCount, alone.Count);

        var second = await cluster.AddSiloAsync(waitForSpread: false);
        var two = await AssertRebalancedAsync(cluster, alone, "a second silo joined");

        var third = await cluster.AddSiloAsync(waitForSpread: false);
        var three = await AssertRebalancedAsync(cluster, two, "a third silo joined");

        await cluster.StopSiloAsync(second, waitForSpread: false);
        await AssertRebalancedAsync(cluster, three, "the second silo stopped");

        var silos = await ClusterApi.SilosAsync(third.Http);
        Assert.Equal("stopped", silos.Single(s => s.SiloId == second.SiloId).Status);
    }

    /// <summary>Waits for the even spread over the live silos, within <see cref="SpreadTarget"/>; then every
    /// partition is owned by the silo the rule names, and its epoch is the one before plus one if it changed
    /// hands, unchanged if not. Returns the new leases.</summary>
    private async Task<IReadOnlyList<LeaseRow>> AssertRebalancedAsync(TestCluster cluster,
        IReadOnlyList<LeaseRow> before, string what)
    {
        var took = await cluster.WaitForEvenSpreadAsync();
        output.WriteLine($"{what}: even spread over {cluster.Live.Count} silos after {took.TotalMilliseconds:F0} ms");
        Assert.True(took <= SpreadTarget, $"{what}: the spread took {took.TotalSeconds:F1} s");

        var after = await Leases.ReadAsync(cluster.ConnectionString);
        var live = cluster.Live.Select(s => s.SiloId).Order(StringComparer.Ordinal).ToList();
        var expected = before.Select(b =>
        {
            var owner = live[b.Partition % live.Count];
            return new LeaseRow(b.Partition, owner, owner == b.Owner ? b.Epoch : b.Epoch + 1, default);
        }).ToList();
        Assert.Equal(Leases.Describe(expected), Leases.Describe(after));
        return after;
    }
}
