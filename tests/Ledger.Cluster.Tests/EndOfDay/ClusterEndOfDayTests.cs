using Ledger.Cluster.Tests.Support;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.EndOfDay;

/// <summary>End of day across Orleans silo processes: once the silo that ran it has answered, the ledger grain has
/// told every silo the new business date, so each books on that date at once; <c>ledger cluster status</c> shows
/// the silos from Orleans' membership with their activations, and the date.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterEndOfDayTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task Submit_RightAfterClusterEndOfDay_OtherSiloBooksOnTheNewDateWithoutARetry()
    {
        await using var cluster = await ProcessCluster.StartAsync(await postgres.CreateDatabaseAsync(), silos: 2);
        var (coordinator, other) = (cluster.Silos[0], cluster.Silos[1]);
        await ClusterApi.AcceptAllAsync(coordinator.Http, Records.SetBusinessDate());
        var borrowers = Enumerable.Range(1, 6).Select(i => $"E{i}").ToList();
        foreach (var borrower in borrowers)
        {
            await ClusterApi.AcceptAllAsync(other.Http, Records.OpenBorrower(borrower), Records.OpenLine(borrower),
                Records.Draw(borrower, 36_000_000, "d1"));
        }

        await ClusterApi.AcceptAllAsync(coordinator.Http, Records.EndOfDay(Records.Day1));
        var answers = new List<ApiResponse>();
        foreach (var borrower in borrowers)
        {
            answers.Add(await ClusterApi.PostAsync(other.Http, "v1/commands", Records.Draw(borrower, 100, "d2")));
        }

        var status = await ClusterApi.StatusAsync(other.Http);

        output.WriteLine($"the other silo answered {string.Join("; ", answers)}; its status then: {status}");
        Assert.All(answers, a => Assert.True(a.Code == 200 && a.Outcome == "ACCEPTED",
            $"Right after the end of day, the other silo answered {a}"));
        Assert.Equal("2024-03-02", status.GetProperty("businessDate").GetString());

        var run = await Tools.LedgerAsync(coordinator.BaseAddress, cluster.ApiKey, "cluster", "status", "--output",
            "plain");
        output.WriteLine(run.Stdout);
        Assert.True(run.ExitCode == 0, $"ledger cluster status: {run}");
        var rows = run.Stdout.Split('\n').Select(line => line.Split('\t')).ToList();
        foreach (var silo in cluster.Silos)
        {
            // silo, address, status, activations, started, last heartbeat
            var row = Assert.Single(rows, r => r[0] == silo.SiloId);
            Assert.Equal("active", row[2]);
            Assert.True(int.TryParse(row[3], out var activations) && activations > 0, $"activations: {row[3]}");
        }

        Assert.Contains("business date: 2024-03-02", run.Stdout, StringComparison.Ordinal);
    }
}
