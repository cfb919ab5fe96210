using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ledger.Client;
using Ledger.Cluster.Tests.Support;
using Ledger.Domain;
using Ledger.Testing;
using Xunit.Abstractions;

namespace Ledger.Cluster.Tests.Failover;

/// <summary>Fencing with a silo paused past its lease (SIGSTOP, as a VM freeze or a long GC pause would): the other
/// silo takes its partitions; when the paused silo wakes, nothing it had in flight and nothing sent to it can be
/// booked, and the books stay exact.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FencingTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const int Senders = 4;
    private const long Amount = 100;

    /// <summary>Draws per request when the pause must catch a commit transaction: more than the store sends
    /// without COPY.</summary>
    private const int DrawsPerBatch = 200;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>The failover target of architecture.md.</summary>
    private static readonly TimeSpan TakeoverTarget = TimeSpan.FromSeconds(10);

    /// <summary>The paused silo holds no transaction open: the fencing path proper.</summary>
    [Fact]
    public async Task Commit_SiloPausedBetweenCommitsPastItsLease_NothingItAnswersAfterTheTakeoverIsBookedAndBooksStayExact() =>
        await PauseOwnerUnderLoadAsync(insideCommit: false);

    /// <summary>The paused silo was stopped inside a commit transaction, which holds its partition rows FOR SHARE:
    /// the other silo must still take the partition once the lease has lapsed (the 10 s failover target), not
    /// wait for the paused silo to wake. A commit of a few turns is one round trip and never leaves a transaction
    /// open between its messages, so the senders here send batches of <see cref="DrawsPerBatch"/> draws, whose
    /// commits carry enough outcomes to go through COPY, inside an explicit transaction.</summary>
    [Fact]
    public async Task Takeover_OwnerPausedInsideACommitTransaction_OtherSiloTakesThePartitionWithinTenSeconds() =>
        await PauseOwnerUnderLoadAsync(insideCommit: true);

    /// <summary>Two silos, 2 s leases. Senders draw on A's borrower directly at A; A is paused (SIGSTOP) inside or
    /// outside a commit transaction; B must take the partition within <see cref="TakeoverTarget"/> and book
    /// draws; a draw sent to A while paused is answered 503 when A wakes (SIGCONT); no draw of A is booked
    /// after B's first, every answer A gave is the truth, <c>ledger verify</c> passes and the snapshot is what
    /// the booked draws imply.</summary>
    private async Task PauseOwnerUnderLoadAsync(bool insideCommit)
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var cluster = await ProcessCluster.StartAsync(database, silos: 2, leaseSeconds: 2);
        var (a, b) = (cluster.Silos[0], cluster.Silos[1]);
        await ClusterApi.AcceptAllAsync(b.Http, Records.SetBusinessDate());
        var borrower = Records.BorrowerOwnedBy(await ClusterApi.PartitionMapAsync(a.Http), a.Endpoint());
        var partition = PartitionHasher.PartitionOf(borrower, cluster.PartitionCount);
        await ClusterApi.AcceptAllAsync(a.Http, Records.OpenBorrower(borrower), Records.OpenLine(borrower));

        // Senders draw on A without pause, marked as forwarded so that A answers them itself.
        var answers = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var accepted = 0;
        using var stopSending = new CancellationTokenSource();
        var senders = Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
        {
            for (var n = 0; !stopSending.IsCancellationRequested; n++)
            {
                var ids = insideCommit
                    ? [.. Enumerable.Range(0, DrawsPerBatch).Select(k => $"a{s}-{n}-{k}")]
                    : new[] { $"a{s}-{n}" };
                var got = insideCommit
                    ? await TryPostBatchAsync(a.Http, borrower, ids)
                    : [await TryPostAsync(a.Http, Records.Draw(borrower, Amount, ids[0]))];
                for (var k = 0; k < ids.Length; k++)
                {
                    answers[ids[k]] = got[k];
                    if (got[k] == "ACCEPTED")
                    {
                        Interlocked.Increment(ref accepted);
                    }
                }
            }
        })).ToList();
        await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref accepted) >= 50), Deadline,
            "50 draws accepted by A");

        var tries = await PauseAsync(a, database, insideCommit);
        var paused = Stopwatch.StartNew();
        await stopSending.CancelAsync();
        await Poll.UntilAsync(async () => (await ClusterApi.PartitionMapAsync(b.Http))[partition] == b.Endpoint(),
            TakeoverTarget, $"B to take partition {partition} from A, paused {(insideCommit ? "inside" : "between")} "
            + "commits", () => Sessions.Describe(database));
        var takeover = paused.Elapsed;
        var byB = Enumerable.Range(0, 5).Select(i => Records.Draw(borrower, Amount, $"b-{i}")).ToArray();
        await ClusterApi.AcceptAllAsync(b.Http, byB);
        // Sent to A while it is still paused: it waits in A's socket and is the first thing A reads on waking.
        var probe = ClusterApi.PostAsync(a.Http, "v1/commands", Records.Draw(borrower, Amount, "probe"),
            forwarded: true);
        await a.SignalAsync("CONT");
        var probeAnswer = await Poll.WithinAsync(probe, Deadline, "A's answer to the probe");
        await Poll.WithinAsync(Task.WhenAll(senders), Deadline, "The senders' commands in flight at the pause");

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A paused ({tries} tries to pause it {(insideCommit ? "inside" : "between")} commits) -> B owns "
            + $"partition {partition}: {takeover.TotalSeconds:F2} s (lease 2 s); probe answered "
            + $"{probeAnswer.Code} {probeAnswer.Reason}; A answered {answers.Count} draws: "
            + $"{string.Join(", ", answers.Values.GroupBy(v => v).Select(g => $"{g.Key} x{g.Count()}"))}"));
        Assert.True(probeAnswer.Code == 503, $"A, woken without the lease, answered the probe {probeAnswer}");
        var drawn = await StoredBooks.DrawIdsAsync(database, borrower);
        var stored = await StoredBooks.OutcomesAsync(database, borrower);
        // Fencing: no draw of A is booked after the first of B's.
        var firstOfB = drawn.ToList().IndexOf("b-0");
        Assert.True(firstOfB >= 0, "B's draws are not in the journal");
        Assert.All(drawn.Skip(firstOfB), id => Assert.StartsWith("b-", id, StringComparison.Ordinal));
        Assert.DoesNotContain("probe", stored.Keys);
        // Every answer A gave is the truth: accepted means booked once, anything else means not booked at all.
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
        foreach (var (id, answer) in answers)
        {
            Assert.Equal((id, answer == "ACCEPTED"), (id, drawn.Contains(id)));
            Assert.Equal((id, answer == "ACCEPTED" ? "ACCEPTED" : null), (id, stored.GetValueOrDefault(id)));
        }

        await Tools.AssertVerifiedAsync(b.BaseAddress, cluster.ApiKey);
        using var client = b.CreateClient(cluster.ApiKey);
        Assert.Equal(ExpectedSnapshot(borrower, drawn), await client.GetSnapshotAsync());
    }

    /// <summary>Pauses <paramref name="silo"/> (SIGSTOP) at a moment when it holds a transaction open in the
    /// store, or holds none, as asked: stop it, let the server finish the statement in hand, look at its
    /// sessions; if the moment is not the one asked for, let it run again and retry. Returns the tries.</summary>
    private static async Task<int> PauseAsync(ProcessSilo silo, string database, bool insideCommit)
    {
        var tries = 0;
        await Poll.UntilAsync(async () =>
        {
            tries++;
            await silo.SignalAsync("STOP");
            var settled = DateTime.UtcNow + TimeSpan.FromSeconds(1);
            IReadOnlyList<string> states;
            do
            {
                states = await Sessions.StatesOfAsync(database, silo.SiloId);
            }
            while (states.Contains("active") && DateTime.UtcNow < settled);

            if (!states.Contains("active") && states.Contains("idle in transaction") == insideCommit)
            {
                return true;
            }

            await silo.SignalAsync("CONT");
            return false;
        }, Deadline, $"a moment to pause {silo.SiloId} {(insideCommit ? "inside" : "between")} commits");
        return tries;
    }

    /// <summary>POSTs a draw to a silo as a forwarded request; returns the outcome, or the status and reason of
    /// any other answer, or the exception's name.</summary>
    private static async Task<string> TryPostAsync(HttpClient http, string record)
    {
        try
        {
            var answer = await ClusterApi.PostAsync(http, "v1/commands", record, forwarded: true);
            return answer.Code == 200 ? answer.Outcome! : $"{answer.Code} {answer.Reason}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return ex.GetType().Name;
        }
    }

    /// <summary>POSTs draws of <paramref name="ids"/> as one forwarded batch; returns, per draw, its outcome, or
    /// the error of a draw not booked, or the status and reason of any other answer, or the exception's name.
    /// </summary>
    private static async Task<string[]> TryPostBatchAsync(HttpClient http, string borrower, string[] ids)
    {
        var body = "[" + string.Join(",", ids.Select(id => Records.Draw(borrower, Amount, id))) + "]";
        try
        {
            var answer = await ClusterApi.PostAsync(http, "v1/commands/batch", body, forwarded: true);
            if (answer.Code != 200)
            {
                return [.. ids.Select(_ => $"{answer.Code} {answer.Reason}")];
            }

            return [.. answer.Json.EnumerateArray().Select(item =>
                item.TryGetProperty("outcome", out var outcome) && outcome.ValueKind == JsonValueKind.String
                    ? outcome.GetString()!
                    : $"not booked: {(item.TryGetProperty("error", out var error) ? error.ToString() : "")}")];
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return [.. ids.Select(_ => ex.GetType().Name)];
        }
    }

    /// <summary>The snapshot the pure domain gives for the date, the borrower, its line and the draws booked.
    /// </summary>
    private static string ExpectedSnapshot(string borrower, IEnumerable<string> drawIds)
    {
        var ledger = new InMemoryLedger();
        foreach (var record in new[] { Records.SetBusinessDate(), Records.OpenBorrower(borrower), Records.OpenLine(borrower) }
            .Concat(drawIds.Select(id => Records.Draw(borrower, Amount, id))))
        {
            Assert.Equal(CommandOutcome.Accepted, ledger.Apply(CommandParser.Parse(record).Command!));
        }

        return ledger.Snapshot();
    }
}
