using Ledger.Silo.Tests.Support;
using Ledger.Testing;
using Npgsql;

namespace Ledger.Silo.Tests.Cluster;

/// <summary>Two silos on one PostgreSQL ledger form one Orleans cluster through ADO.NET clustering (Orleans'
/// membership table, created by the ledger's own migrations): each takes any command and answers any view, a book
/// lives in one activation whichever silo the request came to, and the sweep of either closes the day.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrleansClusterTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoSilos_OnePostgresLedger_JoinOneClusterAndServeEachOthersBooks()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var first = await TestSilo.StartPostgresAsync(connection, "--partitions", "16");
        await using var second = await TestSilo.StartPostgresAsync(connection, "--partitions", "16");
        await Poll.UntilAsync(async () => await ActiveSilosAsync(connection) == 2, Deadline,
            "both silos Active in Orleans' membership table");

        await SiloApi.AcceptAllAsync(first.Http,
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""");
        string[] borrowers = ["B1", "B2", "B3", "B4", "B5", "B6"];
        foreach (var (b, i) in borrowers.Select((b, i) => (b, i)))
        {
            // Each borrower's commands alternate between the silos: its one activation decides them all in order.
            var (one, other) = i % 2 == 0 ? (first, second) : (second, first);
            await SiloApi.AcceptAllAsync(one.Http,
                $$"""{"type":"OpenBorrower","id":"c1","borrower":"{{b}}","limit":50000000}""");
            await SiloApi.AcceptAllAsync(other.Http,
                $$"""
                {"type":"OpenCreditLine","id":"c2","borrower":"{{b}}","line":"L1","limit":20000000,
                 "rate":"0.0360","expiryDate":"2025-02-28"}
                """);
            await SiloApi.AcceptAllAsync(one.Http,
                $$"""{"type":"Draw","id":"c3","borrower":"{{b}}","line":"L1","amount":1000000}""");
            // A retry through the other silo is answered from the record, not booked twice.
            Assert.Equal("ACCEPTED", await SiloApi.SubmitAsync(other.Http,
                $$"""{"type":"Draw","id":"c3","borrower":"{{b}}","line":"L1","amount":1000000}"""));
        }

        await SiloApi.AcceptAllAsync(second.Http, """{"type":"EndOfDay","id":"e1","date":"2024-03-01"}""");

        foreach (var b in borrowers)
        {
            var fromFirst = await SiloApi.GetAsync(first.Http, $"v1/borrowers/{b}/lines/L1");
            var fromSecond = await SiloApi.GetAsync(second.Http, $"v1/borrowers/{b}/lines/L1");
            Assert.Equal(fromFirst.Text, fromSecond.Text);
            Assert.Equal(1_000_000, fromFirst.Json.GetProperty("principal").GetInt64());
            // One day at 3.60 % ACT/360 on 1,000,000 fen: 100 fen.
            Assert.Equal(100, fromFirst.Json.GetProperty("interestAccrued").GetInt64());
        }

        await Poll.UntilAsync(async () =>
        {
            var status = (await SiloApi.GetAsync(first.Http, "v1/status")).Json.GetProperty("closing");
            return status.GetProperty("closedThrough").GetString() == "2024-03-01";
        }, Deadline, "the sweep records every book closed through 2024-03-01");
        Assert.Equal((await SiloApi.GetAsync(first.Http, "v1/snapshot")).Text,
            (await SiloApi.GetAsync(second.Http, "v1/snapshot")).Text);
    }

    private static async Task<long> ActiveSilosAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE status = 3", db);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ClusterSilosAndDrain_OnTwoSilos_ListBothFromMembershipAndStopTheOneNamed()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var first = await TestSilo.StartPostgresAsync(connection, "--partitions", "16");
        await using var second = await TestSilo.StartPostgresAsync(connection, "--partitions", "16");
        var secondId = (await SiloApi.GetAsync(second.Http, "v1/status")).Json.GetProperty("siloId").GetString()!;
        await Poll.UntilAsync(async () =>
        {
            var silos = (await SiloApi.GetAsync(first.Http, "v1/cluster/silos")).Json.EnumerateArray()
                .Where(s => s.GetProperty("status").GetString() == "active").ToList();
            return silos.Count == 2 && silos.Any(s => s.GetProperty("siloId").GetString() == secondId);
        }, Deadline, "both silos active in GET /v1/cluster/silos");
        // Each active silo's activations, from IManagementGrain (at least the grains this call just used).
        var listed = (await SiloApi.GetAsync(first.Http, "v1/cluster/silos")).Json.EnumerateArray().ToList();
        Assert.All(listed, s => Assert.True(s.GetProperty("activations").GetInt32() >= 0, s.ToString()));

        var unknown = await SiloApi.PostAsync(first.Http, "v1/cluster/drain/no-such-silo", "");
        var drain = await SiloApi.PostAsync(first.Http, $"v1/cluster/drain/{secondId}", "");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, drain.Status);
        await Poll.UntilAsync(() => Task.FromResult(second.Stopping.IsCancellationRequested), Deadline,
            "the drained silo asked to stop");
        Assert.False(first.Stopping.IsCancellationRequested);
    }
}
