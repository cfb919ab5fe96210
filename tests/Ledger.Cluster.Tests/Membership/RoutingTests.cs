using System.Text.Json;
using Ledger.Client;
using Ledger.Cluster.Tests.Support;
using Ledger.Testing;

namespace Ledger.Cluster.Tests.Membership;

/// <summary>Routing: any silo takes any command and forwards it, once, to the owner of its borrower's partition;
/// the partition-aware client sends straight to the owners.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RoutingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Submit_ToSiloNotOwningTheBorrower_IsForwardedToTheOwnerAndAnsweredItsOutcome()
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 2);
        var (entry, owner) = (cluster.Live[0], cluster.Live[1]);
        await ClusterApi.AcceptAllAsync(entry.Http, Records.SetBusinessDate());
        var borrower = Records.BorrowerOwnedBy(await ClusterApi.PartitionMapAsync(entry.Http), owner.Endpoint());
        var entryTurns = await ClusterApi.CommittedTurnsAsync(entry.Http);
        var ownerTurns = await ClusterApi.CommittedTurnsAsync(owner.Http);

        await ClusterApi.AcceptAllAsync(entry.Http, Records.OpenBorrower(borrower, limit: 1_000),
            Records.OpenLine(borrower, limit: 1_000), Records.Draw(borrower, 600, "d1"));
        var overLimit = await ClusterApi.SubmitAsync(entry.Http, Records.Draw(borrower, 600, "d2"));
        var batch = await ClusterApi.PostAsync(entry.Http, "v1/commands/batch",
            $"[{Records.Draw(borrower, 100, "d3")},{Records.Draw(borrower, 600, "d2")}]");

        Assert.Equal("LINE_LIMIT_EXCEEDED", overLimit);
        Assert.Equal(200, batch.Code);
        Assert.Equal(["ACCEPTED", "LINE_LIMIT_EXCEEDED"],
            batch.Json.EnumerateArray().Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal(5, owner.ForwardedCommandRequests);
        Assert.Equal(0, entry.ForwardedCommandRequests);
        Assert.Equal(entryTurns, await ClusterApi.CommittedTurnsAsync(entry.Http));
        Assert.True(await ClusterApi.CommittedTurnsAsync(owner.Http) >= ownerTurns + 4);
        var view = await ClusterApi.GetAsync(owner.Http, $"v1/borrowers/{borrower}");
        Assert.Equal(700, view.Json.GetProperty("exposure").GetInt64());
    }

    [Fact]
    public async Task Submit_AlreadyForwardedToSiloNotOwningTheBorrower_Answers503NotOwnerWithoutForwardingAgain()
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 2);
        var (entry, owner) = (cluster.Live[0], cluster.Live[1]);
        await ClusterApi.AcceptAllAsync(entry.Http, Records.SetBusinessDate());
        var borrower = Records.BorrowerOwnedBy(await ClusterApi.PartitionMapAsync(entry.Http), owner.Endpoint());

        var answer = await ClusterApi.PostAsync(entry.Http, "v1/commands", Records.OpenBorrower(borrower),
            forwarded: true);

        Assert.Equal((503, "NOT_OWNER"), (answer.Code, answer.Reason));
        Assert.Equal(0, owner.ForwardedCommandRequests);
        Assert.Equal("ACCEPTED", await ClusterApi.SubmitAsync(owner.Http, Records.OpenBorrower(borrower)));
    }

    /// <summary>When the owner cannot be reached, the silo that would forward knows nothing was booked: the answer
    /// must be the retryable 503 a client follows (as the batch endpoint answers NOT_OWNER per item), not a 500,
    /// on which <c>LedgerClient.SubmitAsync</c> gives up at once.</summary>
    [Fact]
    public async Task Submit_OwnerUnreachable_AnswersRetryable503()
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 2);
        var (entry, owner) = (cluster.Live[0], cluster.Live[1]);
        await ClusterApi.AcceptAllAsync(entry.Http, Records.SetBusinessDate());
        var borrower = Records.BorrowerOwnedBy(await ClusterApi.PartitionMapAsync(entry.Http), owner.Endpoint());
        await ClusterApi.AcceptAllAsync(entry.Http, Records.OpenBorrower(borrower));

        await owner.StopListeningAsync();
        var single = await ClusterApi.PostAsync(entry.Http, "v1/commands", Records.OpenLine(borrower));
        var batch = await ClusterApi.PostAsync(entry.Http, "v1/commands/batch", $"[{Records.OpenLine(borrower)}]");

        Assert.Equal("NOT_OWNER", batch.Json[0].GetProperty("retry").GetString());
        Assert.True(single.Code == 503, $"Forwarding to an unreachable owner answered {single}");
    }

    [Fact]
    public async Task SubmitBatch_ClientRoutingToOwners_SendsEachRecordStraightToItsOwner()
    {
        await using var cluster = await TestCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 3);
        using var client = cluster.CreateClient(new LedgerClientOptions { RouteToOwners = true });
        Assert.True((await client.SubmitBatchAsync([Records.SetBusinessDate()]))[0].IsAccepted);
        var borrowers = Enumerable.Range(0, 24).Select(i => $"R{i}").ToList();
        var map = await ClusterApi.PartitionMapAsync(cluster.Live[0].Http);
        var turnsBefore = await Task.WhenAll(cluster.Live.Select(s => ClusterApi.CommittedTurnsAsync(s.Http)));

        var results = await client.SubmitBatchAsync(
            [.. borrowers.SelectMany(b => new[] { Records.OpenBorrower(b), Records.OpenLine(b), Records.Draw(b, 100, $"d-{b}") })]);

        Assert.All(results, r => Assert.True(r.IsAccepted, $"{r.Id}: {r.Outcome}"));
        Assert.All(cluster.Live, s => Assert.Equal(0, s.ForwardedCommandRequests));
        for (var i = 0; i < cluster.Live.Count; i++)
        {
            var silo = cluster.Live[i];
            var owned = borrowers.Count(b => map[Ledger.Domain.PartitionHasher.PartitionOf(b, map.Length)] == silo.Endpoint());
            Assert.True(owned > 0, $"{silo.SiloId} owns none of the borrowers; pick others");
            Assert.True(silo.DirectCommandRequests > 0, silo.SiloId);
            Assert.Equal(turnsBefore[i] + (3 * owned), await ClusterApi.CommittedTurnsAsync(silo.Http));
        }

        // The same through a client that does not route: the entry silo forwards what it does not own.
        using var forwarding = cluster.CreateClient();
        var again = await forwarding.SubmitBatchAsync([.. borrowers.Select(b => Records.Draw(b, 100, $"e-{b}"))]);
        Assert.All(again, r => Assert.True(r.IsAccepted, $"{r.Id}: {r.Outcome}"));
        Assert.All(cluster.Live.Skip(1), s => Assert.True(s.ForwardedCommandRequests > 0, s.SiloId));
        var snapshot = JsonDocument.Parse(await client.GetSnapshotAsync()).RootElement;
        Assert.All(borrowers, b => Assert.Equal(200, snapshot.GetProperty("lines").GetProperty($"{b}/L1")
            .GetProperty("principal").GetInt64()));
    }
}
