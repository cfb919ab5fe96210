using System.Diagnostics;
using System.Text;
using Ledger.Client;
using Ledger.Domain;
using Ledger.LoadTest.Replay;
using Ledger.Silo.Tests.Conformance;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Ledger.Silo.Tests.Durability;

/// <summary>
/// The silo executable on PostgreSQL, killed with SIGKILL in the middle of a replay at a seeded-random point and
/// started again on the same database and data directory: every outcome it answered before dying is in the store,
/// and replaying the whole stream again from the start (the ids make that safe) gives exactly the conformance
/// outcome list and snapshot.
/// </summary>
[Collection(PostgresDurabilityCollection.Name)]
public sealed class KillAndRestartTests(PostgresFixture postgres, ITestOutputHelper output) : IDisposable
{
    private const string StreamName = "mixed-small";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("ledger-silo-kill-");

    public void Dispose() => TestSilo.TryDeleteDirectory(_dataDirectory.FullName);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Replay_SiloKilledMidStreamAndRestarted_KeepsAnsweredOutcomesAndConverges(int seed)
    {
        var killAfter = new Random(seed).Next(300, 1501);
        var database = await postgres.CreateDatabaseAsync();
        var clock = Stopwatch.StartNew();

        var answered = await ReplayUntilKilledAsync(database, killAfter);
        output.WriteLine($"killed after {answered.Count} outcomes (kill point {killAfter}) at {clock.Elapsed}");

        var expected = File.ReadAllLines(StreamFiles.Path($"{StreamName}.outcomes.jsonl"));
        Assert.True(answered.Count >= killAfter, $"Only {answered.Count} outcomes before the kill at {killAfter}.");
        Assert.Equal(expected.Take(answered.Count), answered);
        await AssertAnsweredOutcomesAreStoredAsync(database, answered);

        await using var restarted = await SiloProcess.StartAsync(database, _dataDirectory.FullName);
        output.WriteLine($"restarted at {clock.Elapsed}");
        var (outcomes, snapshot) = await ReplayWholeStreamAsync(restarted);
        output.WriteLine($"replayed the whole stream again at {clock.Elapsed}");

        StreamFiles.AssertSameBytes($"{StreamName}.outcomes.jsonl", outcomes);
        StreamFiles.AssertSameBytes($"{StreamName}.snapshot.json", snapshot);
    }

    /// <summary>Replays the stream into a fresh silo process and kills the process once
    /// <paramref name="killAfter"/> outcomes are in; returns the outcome lines the replay wrote.</summary>
    private async Task<IReadOnlyList<string>> ReplayUntilKilledAsync(string database, int killAfter)
    {
        await using var silo = await SiloProcess.StartAsync(database, _dataDirectory.FullName);
        // Two attempts per request: once the silo is gone the lanes give up at once instead of retrying for
        // seconds.
        using var client = new LedgerClient(silo.BaseAddress, silo.ApiKey, new LedgerClientOptions { MaxAttempts = 2 });
        var outcomes = new OutcomeLines();
        using var replayer = new NetworkReplayer(client, NetworkConformanceTests.Concurrency,
            NetworkConformanceTests.BatchSize, outcomes, TextWriter.Null);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        replayer.Progress = summary =>
        {
            if (summary.Records >= killAfter)
            {
                reached.TrySetResult();
            }
        };
        using var stop = new CancellationTokenSource();
        using var stream = new StreamReader(StreamFiles.Stream(StreamName), Encoding.UTF8);

        var replay = replayer.ReplayAsync(stream, null, stop.Token);
        await Poll.WithinAsync(Task.WhenAny(reached.Task, replay), Deadline, $"The replay up to {killAfter} outcomes");
        Assert.False(replay.IsCompleted, $"The replay ended before the kill point: {replay.Exception}\n{silo.Output}");
        await silo.KillAsync();
        // Cancelled as well as failing: a replayer waiting at a barrier for a dead lane would otherwise wait on
        // (see NetworkReplayerFailureTests).
        await stop.CancelAsync();
        var failure = await Record.ExceptionAsync(() => Poll.WithinAsync(replay, Deadline, "The interrupted replay"));

        Assert.True(failure is LedgerClientException or OperationCanceledException, failure?.ToString());
        return outcomes.Lines;
    }

    /// <summary>Every decision the silo answered (accepted, or a rejection that §7 records) is in
    /// <c>command_outcomes</c> under its scope (the borrower, or '' for SetBusinessDate and EndOfDay).</summary>
    internal static async Task AssertAnsweredOutcomesAreStoredAsync(string database, IReadOnlyList<string> answered)
    {
        var stored = await ReadStoredOutcomesAsync(database);
        var records = File.ReadAllLines(StreamFiles.Stream(StreamName));
        var missing = new List<string>();
        var accepted = 0;
        for (var i = 0; i < answered.Count; i++)
        {
            var parsed = CommandParser.Parse(records[i]);
            var outcome = ExpectedOutcomeOf(answered[i]);
            if (parsed.Command is not { } command || outcome == "DUPLICATE_ID_CONFLICT")
            {
                continue; // Malformed and shape-rejected records and conflicts are never recorded.
            }

            var scope = command is BorrowerCommand b ? b.Borrower : string.Empty;
            accepted += outcome == "ACCEPTED" ? 1 : 0;
            if (stored.GetValueOrDefault((scope, command.Id)) != outcome)
            {
                missing.Add($"line {i + 1} ({scope}/{command.Id}): answered {outcome}, stored "
                    + (stored.GetValueOrDefault((scope, command.Id)) ?? "nothing"));
            }
        }

        Assert.True(accepted > 0, "The first run saw no accepted command.");
        Assert.True(missing.Count == 0,
            $"{missing.Count} answered outcomes are not durable:\n" + string.Join("\n", missing.Take(20)));
    }

    private static string ExpectedOutcomeOf(string outcomeLine)
    {
        using var document = System.Text.Json.JsonDocument.Parse(outcomeLine);
        return document.RootElement.GetProperty("outcome").GetString()!;
    }

    private static async Task<Dictionary<(string Scope, string Id), string>> ReadStoredOutcomesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT scope, command_id, outcome FROM command_outcomes",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<(string, string), string>();
        while (await reader.ReadAsync())
        {
            stored[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return stored;
    }

    private static async Task<(string Outcomes, string Snapshot)> ReplayWholeStreamAsync(SiloProcess silo)
    {
        using var client = new LedgerClient(silo.BaseAddress, silo.ApiKey);
        var outcomes = new OutcomeLines();
        using var replayer = new NetworkReplayer(client, NetworkConformanceTests.Concurrency,
            NetworkConformanceTests.BatchSize, outcomes, TextWriter.Null);
        using var stream = new StreamReader(StreamFiles.Stream(StreamName), Encoding.UTF8);
        using var deadline = new CancellationTokenSource(Deadline);

        await replayer.ReplayAsync(stream, null, deadline.Token);

        return (outcomes.Text, await client.GetSnapshotAsync(deadline.Token));
    }
}
