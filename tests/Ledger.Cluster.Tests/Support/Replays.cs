using Ledger.Client;
using Ledger.Client.Cluster;
using Ledger.LoadTest.Generate;
using Ledger.LoadTest.Replay;
using Ledger.Testing;

namespace Ledger.Cluster.Tests.Support;

/// <summary>Streams replayed through the load-test tool's replayers: into a cluster through the Orleans client (the
/// path .NET front-ends take) or a silo's HTTP API (8 lanes, batches of 64), or dry-run into the pure domain (the
/// reference).</summary>
internal static class Replays
{
    public const int Concurrency = 8;
    public const int BatchSize = 64;

    /// <summary>Replays <paramref name="stream"/> through <paramref name="client"/>; <paramref name="outcomes"/>
    /// collects the outcome list as it grows, <paramref name="progress"/> sees every step.</summary>
    public static Task ReplayAsync(LedgerClient client, TextReader stream, OutcomeLines outcomes,
        CancellationToken ct, Action<ReplaySummary>? progress = null) =>
        ReplayAsync(new HttpRecordSink(client), stream, outcomes, ct, progress);

    /// <summary>Replays <paramref name="stream"/> through <paramref name="sink"/> (the HTTP client's or the Orleans
    /// client's, see <see cref="Sink"/>).</summary>
    public static async Task ReplayAsync(IRecordSink sink, TextReader stream, OutcomeLines outcomes,
        CancellationToken ct, Action<ReplaySummary>? progress = null)
    {
        using var replayer = new NetworkReplayer(sink, Concurrency, BatchSize, outcomes, TextWriter.Null)
        {
            Progress = progress,
        };
        await replayer.ReplayAsync(stream, null, ct);
    }

    /// <summary>An Orleans client of the cluster whose membership table is in <paramref name="postgres"/>.</summary>
    public static async Task<LedgerClusterConnection> ConnectAsync(string postgres)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await LedgerClusterConnection.ConnectAsync(LedgerClusterOptions.ForMembership(postgres), deadline.Token);
    }

    /// <summary>The replay tool's Orleans sink (each borrower's records to its grain, retried by command id on a
    /// transient failure); its snapshot is read from the store.</summary>
    public static IRecordSink Sink(LedgerClusterConnection connection, string postgres) =>
        new OrleansRecordSink(connection, token => StoreSnapshot.ReadPostgresAsync(postgres, token));

    /// <summary>Starts replaying <paramref name="stream"/> and returns the running replay once
    /// <paramref name="reached"/> outcomes are in, or once it ended earlier (the caller asserts which).</summary>
    public static async Task<Task> StartUntilAsync(IRecordSink sink, string stream, OutcomeLines outcomes,
        long reached, TimeSpan deadline, CancellationToken ct)
    {
        var there = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var replay = ReplayAsync(sink, new StringReader(stream), outcomes, ct, summary =>
        {
            if (summary.Records >= reached)
            {
                there.TrySetResult();
            }
        });
        await Poll.WithinAsync(Task.WhenAny(there.Task, replay), deadline, $"The replay up to {reached} outcomes");
        return replay;
    }

    /// <summary>Replays a whole stream file and returns the outcome list and the snapshot read afterwards.</summary>
    public static async Task<(string Outcomes, string Snapshot)> ReplayFileAsync(IRecordSink sink, string path,
        TimeSpan deadline)
    {
        var outcomes = new OutcomeLines();
        using var stream = new StreamReader(path, System.Text.Encoding.UTF8);
        using var cancel = new CancellationTokenSource(deadline);
        await ReplayAsync(sink, stream, outcomes, cancel.Token);
        return (outcomes.Text, await sink.GetSnapshotAsync(cancel.Token));
    }

    /// <summary>The reference: the stream applied in order to the pure domain (the tool's dry run).</summary>
    public static async Task<(string Outcomes, string Snapshot)> DryRunAsync(string streamText)
    {
        await using var target = new DryRunTarget();
        using var outcomes = new StringWriter { NewLine = "\n" };
        await new StreamReplayer(target, outcomes, TextWriter.Null).ReplayAsync(new StringReader(streamText),
            CancellationToken.None);
        return (outcomes.ToString(), await target.GetSnapshotAsync(CancellationToken.None));
    }

    /// <summary>A generated <c>mixed</c> stream of 200 borrowers over three business days, with the outcome list and
    /// snapshot of its dry run.</summary>
    public static async Task<(string Stream, string Outcomes, string Snapshot)> MixedReferenceAsync(ulong seed,
        long records)
    {
        var stream = GenerateMixed(seed, borrowers: 200, records, days: 3);
        var (outcomes, snapshot) = await DryRunAsync(stream);
        return (stream, outcomes, snapshot);
    }

    /// <summary>A generated <c>mixed</c> stream (what <c>Ledger.LoadTest generate --kind mixed</c> writes).</summary>
    public static string GenerateMixed(ulong seed, int borrowers, long records, int days)
    {
        using var text = new StringWriter { NewLine = "\n" };
        StreamGenerator.Generate(new GeneratorSettings(StreamKind.Mixed, seed, borrowers, days, null, records,
            GeneratorSettings.DefaultFirstDate), text);
        return text.ToString();
    }
}
