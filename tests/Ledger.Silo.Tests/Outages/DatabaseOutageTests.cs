using System.Diagnostics;
using System.Net;
using System.Text;
using Ledger.Client;
using Ledger.LoadTest.Replay;
using Ledger.Silo.Tests.Conformance;
using Ledger.Silo.Tests.Durability;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Ledger.Silo.Tests.Outages;

/// <summary>
/// Silo executables on Orleans and PostgreSQL (membership in the same database) while a replay runs, and the
/// database restarted twice (<c>-m fast</c>, as for a minor upgrade; <c>-m immediate</c>, as after a crash) or failed
/// over to its synchronous standby: the replay finishes with no client-visible failure (its client retries the 503s
/// it is answered), its outcomes are exactly the conformance list, every outcome it was answered is stored, and a
/// second replay gives exactly the conformance outcomes and snapshot. Each restart stops the server just before a
/// chosen record is handed to the replay's lanes (the replay's pacer waits for it), so the outage always falls in
/// the middle of the replay. Two silos share the database: neither declares the other dead for the outage.
/// </summary>
[Collection(Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IDisposable
{
    public const string Name = "PostgreSQL outages";

    private const string StreamName = "mixed-small";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private readonly List<string> _directories = [];

    public void Dispose()
    {
        foreach (var directory in _directories)
        {
            TestSilo.TryDeleteDirectory(directory);
        }
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task Replay_DatabaseRestartedTwice_FinishesExactWithNothingLost(string mode)
    {
        using var server = PostgresServer.StartNew();
        var database = await server.CreateDatabaseAsync();
        await using var silo = await SiloProcess.StartAsync(database, NewDirectory());
        await using var other = await SiloProcess.StartAsync(database, NewDirectory());
        await WaitForSilosAsync(silo, 2);

        var answered = await ReplayThroughAsync(silo, [600, 1300], async restart =>
        {
            var clock = Stopwatch.StartNew();
            server.Stop(mode);
            var stopped = clock.Elapsed;
            return () =>
            {
                server.StartAgain();
                output.WriteLine($"restart {restart} (-m {mode}): stopped in {stopped.TotalMilliseconds:F0} ms, "
                    + $"accepting connections again after {clock.Elapsed.TotalMilliseconds:F0} ms");
            };
        });

        await AssertConvergedAsync(database, silo, answered);
        // Both silos are still members: neither was declared dead for the outages.
        await WaitForSilosAsync(other, 2);
    }

    [Fact]
    public async Task Replay_PrimaryStoppedAndSynchronousStandbyPromoted_FinishesExactWithNothingLost()
    {
        using var primary = PostgresServer.StartNew();
        var single = await primary.CreateDatabaseAsync();
        using var standby = await primary.StartSynchronousStandbyAsync();
        var name = new NpgsqlConnectionStringBuilder(single).Database!;
        // Both servers in one string: Npgsql connects to whichever is the primary now.
        var database = new NpgsqlConnectionStringBuilder
        {
            Host = $"{IPAddress.Loopback}:{primary.Port},{IPAddress.Loopback}:{standby.Port}",
            Username = "postgres", Database = name, TargetSessionAttributes = "primary",
        }.ConnectionString;
        await using var silo = await SiloProcess.StartAsync(database, NewDirectory());

        var answered = await ReplayThroughAsync(silo, [800], _ =>
        {
            var clock = Stopwatch.StartNew();
            primary.Stop("immediate");
            return Task.FromResult<Action>(() =>
            {
                standby.Promote();
                output.WriteLine($"primary stopped (-m immediate) and standby promoted in "
                    + $"{clock.Elapsed.TotalMilliseconds:F0} ms");
            });
        });

        await AssertConvergedAsync(database, silo, answered);
    }

    /// <summary>Replays the stream into <paramref name="silo"/>; just before record <c>at[i]</c> is handed to a
    /// lane, <paramref name="outage"/> takes the database away and returns how to bring it back, which runs while
    /// the replay goes on against the outage. Returns the replay's outcome lines; asserts that it saw the outage
    /// (it retried) and failed nothing.</summary>
    private async Task<IReadOnlyList<string>> ReplayThroughAsync(SiloProcess silo, long[] at,
        Func<int, Task<Action>> outage)
    {
        using var client = new LedgerClient(silo.BaseAddress, silo.ApiKey);
        var retries = 0;
        client.Retrying += (_, e) => Interlocked.Increment(ref retries);
        var outcomes = new OutcomeLines();
        using var replayer = new NetworkReplayer(client, NetworkConformanceTests.Concurrency,
            NetworkConformanceTests.BatchSize, outcomes, TextWriter.Null);
        using var stream = new StreamReader(StreamFiles.Stream(StreamName), Encoding.UTF8);
        using var deadline = new CancellationTokenSource(Deadline);
        var comebacks = new List<Task>();
        var clock = Stopwatch.StartNew();
        // The longest time without a new outcome: the outage as the client saw it.
        var lastProgress = Stopwatch.GetTimestamp();
        var longestStall = TimeSpan.Zero;
        replayer.Progress = _ =>
        {
            var now = Stopwatch.GetTimestamp();
            var stall = Stopwatch.GetElapsedTime(lastProgress, now);
            longestStall = stall > longestStall ? stall : longestStall;
            lastProgress = now;
        };

        var summary = await replayer.ReplayAsync(stream, async (line, ct) =>
        {
            var restart = Array.IndexOf(at, line);
            if (restart >= 0)
            {
                var comeback = await outage(restart + 1);
                comebacks.Add(Task.Run(comeback, ct));
            }

            return Stopwatch.GetTimestamp();
        }, deadline.Token);
        await Task.WhenAll(comebacks);

        output.WriteLine($"replay of {summary.Records} records in {clock.Elapsed.TotalSeconds:F1} s, {retries} "
            + $"retries, longest time without an outcome {longestStall.TotalMilliseconds:F0} ms");
        Assert.Equal(at.Length, comebacks.Count);
        Assert.True(retries > 0, "The replay never met the outage.");
        StreamFiles.AssertSameBytes($"{StreamName}.outcomes.jsonl", outcomes.Text);
        return outcomes.Lines;
    }

    /// <summary>Every outcome answered is stored, and a second replay gives exactly the conformance outcomes and
    /// snapshot.</summary>
    private static async Task AssertConvergedAsync(string database, SiloProcess silo, IReadOnlyList<string> answered)
    {
        await KillAndRestartTests.AssertAnsweredOutcomesAreStoredAsync(database, answered);
        using var client = new LedgerClient(silo.BaseAddress, silo.ApiKey);
        var outcomes = new OutcomeLines();
        using var replayer = new NetworkReplayer(client, NetworkConformanceTests.Concurrency,
            NetworkConformanceTests.BatchSize, outcomes, TextWriter.Null);
        using var stream = new StreamReader(StreamFiles.Stream(StreamName), Encoding.UTF8);
        using var deadline = new CancellationTokenSource(Deadline);
        await replayer.ReplayAsync(stream, null, deadline.Token);

        StreamFiles.AssertSameBytes($"{StreamName}.outcomes.jsonl", outcomes.Text);
        StreamFiles.AssertSameBytes($"{StreamName}.snapshot.json", await client.GetSnapshotAsync(deadline.Token));
    }

    /// <summary>Waits until <paramref name="silo"/> lists <paramref name="count"/> active silos.</summary>
    private static async Task WaitForSilosAsync(SiloProcess silo, int count)
    {
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", silo.ApiKey);
        var last = "";
        await Poll.UntilAsync(async () =>
        {
            using var response = await http.GetAsync(new Uri("v1/cluster/silos", UriKind.Relative));
            last = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && CountActive(last) == count;
        }, TimeSpan.FromSeconds(60), $"{count} active silos", () => last);
    }

    private static int CountActive(string silos)
    {
        using var document = System.Text.Json.JsonDocument.Parse(silos);
        var list = document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array
            ? document.RootElement
            : document.RootElement.GetProperty("silos");
        return list.EnumerateArray().Count(s =>
            string.Equals(s.GetProperty("status").GetString(), "active", StringComparison.OrdinalIgnoreCase));
    }

    private string NewDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("ledger-silo-outage-").FullName;
        _directories.Add(directory);
        return directory;
    }
}
