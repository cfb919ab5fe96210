using System.Text;
using Ledger.Client;
using Ledger.LoadTest.Replay;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Conformance;

/// <summary>The network replayer when its silo goes away mid-stream: the replay must end with the client's error
/// (the CLI then exits non-zero), never wait forever.</summary>
public sealed class NetworkReplayerFailureTests
{
    /// <summary>Generous: with two attempts per request and the silo refusing connections, a lane fails in well
    /// under a second.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan ProgressDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ReplayAsync_SiloStopsMidStream_FailsInsteadOfWaitingForever()
    {
        var silo = await TestSilo.StartSqliteAsync();
        await using var stopSilo = silo;
        using var client = silo.CreateClient(new LedgerClientOptions { MaxAttempts = 2 });
        using var replayer = new NetworkReplayer(client, NetworkConformanceTests.Concurrency,
            NetworkConformanceTests.BatchSize, new OutcomeLines(), TextWriter.Null);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        replayer.Progress = summary =>
        {
            if (summary.Records >= 300)
            {
                reached.TrySetResult();
            }
        };
        using var giveUp = new CancellationTokenSource();
        using var stream = new StreamReader(StreamFiles.Stream("mixed-small"), Encoding.UTF8);

        var replay = replayer.ReplayAsync(stream, null, giveUp.Token);
        await Poll.WithinAsync(Task.WhenAny(reached.Task, replay), ProgressDeadline, "The replay up to 300 outcomes");
        Assert.False(replay.IsCompleted, $"The replay ended before the silo stopped: {replay.Exception}");
        await silo.DisposeAsync();
        var failure = await Record.ExceptionAsync(() => replay.WaitAsync(Deadline));
        var finished = replay.IsCompleted;
        await giveUp.CancelAsync(); // Frees the replay's lanes whatever the outcome, so the test leaves nothing behind.

        Assert.True(finished, $"The replay was still waiting {Deadline.TotalSeconds:F0} s after its silo "
            + "stopped: a lane that fails is never observed while the dispatcher waits at a barrier or on the lane.");
        Assert.IsType<LedgerClientException>(failure);
    }

    [Fact]
    public async Task ReplayAsync_LineWithUndecodableId_IsReportedMalformedAndTheReplayGoesOn()
    {
        await using var silo = await TestSilo.StartSqliteAsync();
        using var client = silo.CreateClient();
        var outcomes = new OutcomeLines();
        using var replayer = new NetworkReplayer(client, NetworkConformanceTests.Concurrency,
            NetworkConformanceTests.BatchSize, outcomes, TextWriter.Null);
        // The second id is a JSON escape of a lone surrogate: valid JSON syntax, but no readable string.
        using var stream = new StringReader(string.Join("\n",
            """{"type":"SetBusinessDate","id":"d0","date":"2024-03-01"}""",
            """{"type":"OpenBorrower","id":"c-\ud800","borrower":"B1","limit":1}""",
            """{"type":"OpenBorrower","id":"c2","borrower":"B1","limit":1}"""));
        using var deadline = new CancellationTokenSource(ProgressDeadline);

        await replayer.ReplayAsync(stream, null, deadline.Token);

        Assert.Equal(
            [
                """{"line": 1, "id": "d0", "outcome": "ACCEPTED"}""",
                """{"line": 2, "id": null, "outcome": "MALFORMED"}""",
                """{"line": 3, "id": "c2", "outcome": "ACCEPTED"}""",
            ],
            outcomes.Lines);
    }
}
