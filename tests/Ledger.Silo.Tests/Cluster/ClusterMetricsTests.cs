using Ledger.Silo.Tests.Api;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Cluster;

/// <summary><c>GET /metrics</c> of cluster-mode silos (PostgreSQL): besides the ledger's own meter, Orleans', ASP.NET
/// Core's request duration per route and Npgsql's; and two silos in one process (as here) each show their own
/// ledger and request figures, never the other's.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterMetricsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Metrics_ClusterMode_ShowOrleansAspNetCoreAndNpgsqlBesidesTheLedgersOwn()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var first = await TestSilo.StartPostgresAsync(connection, "--partitions", "16");
        await using var second = await TestSilo.StartPostgresAsync(connection, "--partitions", "16");
        await SiloApi.AcceptAllAsync(first.Http,
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"c1","borrower":"M1","limit":50000000}""");
        Assert.Equal("UNKNOWN_BORROWER", await SiloApi.SubmitAsync(first.Http,
            """{"type":"SetBorrowerLimit","id":"c2","borrower":"NOBODY","limit":1}"""));
        var firstId = (await SiloApi.GetAsync(first.Http, "v1/status")).Json.GetProperty("siloId").GetString();
        var secondId = (await SiloApi.GetAsync(second.Http, "v1/status")).Json.GetProperty("siloId").GetString();

        var families = Exposition.Parse((await SiloApi.GetAsync(first.Http, "metrics")).Text);
        var others = Exposition.Parse((await SiloApi.GetAsync(second.Http, "metrics")).Text);

        Assert.Contains(families.Keys, n => n.StartsWith("orleans_", StringComparison.Ordinal));
        Assert.Contains(families.Values.SelectMany(f => f.Samples), s =>
            s.Labels.GetValueOrDefault("otel_scope_name") == "Npgsql");
        var requests = families["http_server_request_duration_seconds"];
        Assert.Contains(requests.Samples, s => s.Series == "count" && s.Labels["http_route"] == "/v1/commands"
            && s.Labels["http_request_method"] == "POST" && s.Value == 3);
        Assert.Contains(requests.Samples, s => s.Series == "count" && s.Labels["http_route"] == "/v1/status");
        // The first silo's ledger series are its own; the second silo was sent no command.
        Assert.All(families.Values.Where(f => f.Name.StartsWith("ledger_", StringComparison.Ordinal))
            .SelectMany(f => f.Samples), s => Assert.Equal(firstId, s.Labels["silo"]));
        Assert.All(others.Values.Where(f => f.Name.StartsWith("ledger_", StringComparison.Ordinal))
            .SelectMany(f => f.Samples), s => Assert.Equal(secondId, s.Labels["silo"]));
        Assert.DoesNotContain(others["http_server_request_duration_seconds"].Samples,
            s => s.Labels["http_route"] == "/v1/commands");
        var commit = families["ledger_commit_duration_seconds"];
        Assert.True(commit.Count > 0);
        MetricsEndpointTests.AssertCumulativeBuckets(commit);
    }
}
