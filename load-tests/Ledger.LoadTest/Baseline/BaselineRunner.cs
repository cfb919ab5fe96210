using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Ledger.Domain;
using Npgsql;

namespace Ledger.LoadTest.Baseline;

/// <summary>The counts of one baseline run.</summary>
internal sealed class BaselineSummary
{
    public long Records { get; set; }

    public double Seconds { get; set; }

    /// <summary>Records per outcome code (<c>ACCEPTED</c>, a rejection reason, or <c>MALFORMED</c>).</summary>
    public SortedDictionary<string, long> ByOutcome { get; } = new(StringComparer.Ordinal);

    public long PerSecond => Seconds > 0 ? (long)(Records / Seconds) : 0;

    public void Count(string outcome, long count = 1)
    {
        Records += count;
        ByOutcome[outcome] = ByOutcome.GetValueOrDefault(outcome) + count;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"baseline records={Records} seconds={Seconds:F3} per_s={PerSecond}");
}

/// <summary>A baseline run failed against the database; the message names the stream line.</summary>
internal sealed class BaselineException(string message, Exception inner) : Exception(message, inner);

/// <summary>Runs a stream through <see cref="NaiveLedger"/> with the replay's ordering rules: records of one borrower
/// in stream order on one lane (a stable hash of the borrower id picks it), lanes concurrently, each on its own
/// connection; SetBusinessDate and EndOfDay are barriers, run once every lane has finished what came before.
/// Malformed and shape-rejected records are counted and never reach the database, as in the ledger.</summary>
internal sealed class BaselineRunner(NpgsqlDataSource dataSource, int concurrency)
{
    private const int LaneCapacity = 1024;

    public async Task<BaselineSummary> RunAsync(TextReader stream, CancellationToken cancellationToken)
    {
        await NaiveSchema.CreateAsync(dataSource, cancellationToken);
        var summary = new BaselineSummary();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lanes = Enumerable.Range(0, Math.Max(1, concurrency)).Select(_ => new Lane()).ToArray();
        var clock = Stopwatch.StartNew();
        var workers = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, stop), CancellationToken.None)).ToArray();
        Exception? dispatchFailure = null;
        try
        {
            await DispatchAsync(stream, lanes, summary, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested
            && !cancellationToken.IsCancellationRequested)
        {
            // A lane failed and stopped the run; its exception is thrown below.
        }
        catch (Exception ex)
        {
            dispatchFailure = ex;
            await stop.CancelAsync();
        }
        finally
        {
            foreach (var lane in lanes)
            {
                lane.Records.Writer.TryComplete();
            }
        }

        try
        {
            await Task.WhenAll(workers);
        }
        catch when (dispatchFailure is not null)
        {
            // The dispatcher's own failure is the one to report.
        }

        if (dispatchFailure is not null)
        {
            ExceptionDispatchInfo.Throw(dispatchFailure);
        }

        foreach (var lane in lanes)
        {
            foreach (var (outcome, count) in lane.Counts)
            {
                summary.Count(outcome, count);
            }
        }

        summary.Seconds = clock.Elapsed.TotalSeconds;
        return summary;
    }

    private async Task DispatchAsync(TextReader stream, Lane[] lanes, BaselineSummary summary, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var ledger = new NaiveLedger(connection);
        long lineNumber = 0;
        while (await stream.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            var parsed = CommandParser.Parse(line);
            switch (parsed.Command)
            {
                case null:
                    summary.Count(parsed.Status == ParseStatus.Malformed ? "MALFORMED" : parsed.Reason.ToCode());
                    break;
                case LedgerScopeCommand ledgerCommand:
                    await BarrierAsync(lanes, ct);
                    summary.Count((await ExecuteAsync(ledger, lineNumber, ledgerCommand, ct)).ToCode());
                    break;
                case BorrowerCommand borrowerCommand:
                    var lane = lanes[(int)(StableHash(borrowerCommand.Borrower) % (uint)lanes.Length)];
                    await lane.Records.Writer.WriteAsync(new LaneItem(lineNumber, borrowerCommand, null), ct);
                    break;
                default:
                    throw new UnreachableException($"Line {lineNumber}: a command of no scope.");
            }
        }

        await BarrierAsync(lanes, ct);
    }

    /// <summary>Waits until every lane has run everything sent to it so far.</summary>
    private static async Task BarrierAsync(Lane[] lanes, CancellationToken ct)
    {
        var reached = new List<Task>(lanes.Length);
        foreach (var lane in lanes)
        {
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await lane.Records.Writer.WriteAsync(new LaneItem(0, null, signal), ct);
            reached.Add(signal.Task);
        }

        await Task.WhenAll(reached).WaitAsync(ct);
    }

    private async Task RunLaneAsync(Lane lane, CancellationTokenSource stop)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(stop.Token);
            var ledger = new NaiveLedger(connection);
            await foreach (var item in lane.Records.Reader.ReadAllAsync(stop.Token))
            {
                if (item.Barrier is { } barrier)
                {
                    barrier.TrySetResult();
                    continue;
                }

                var outcome = (await ExecuteAsync(ledger, item.LineNumber, item.Command!, stop.Token)).ToCode();
                lane.Counts[outcome] = lane.Counts.GetValueOrDefault(outcome) + 1;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private static async Task<CommandOutcome> ExecuteAsync(NaiveLedger ledger, long lineNumber, LedgerCommand command,
        CancellationToken ct)
    {
        try
        {
            return await ledger.ExecuteAsync(command, ct);
        }
        catch (NpgsqlException ex)
        {
            throw new BaselineException(
                $"line {lineNumber} ({command.Type} {command.Id}): the database failed: {ex.Message}", ex);
        }
    }

    /// <summary>FNV-1a over the borrower id's UTF-16 code units, the same lane hash as the network replay.</summary>
    private static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private sealed class Lane
    {
        public Channel<LaneItem> Records { get; } = Channel.CreateBounded<LaneItem>(
            new BoundedChannelOptions(LaneCapacity) { SingleReader = true, SingleWriter = true });

        public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A record for a lane, or (with <see cref="Barrier"/>) a marker the lane signals when it reaches it.
    /// </summary>
    private sealed record LaneItem(long LineNumber, BorrowerCommand? Command, TaskCompletionSource? Barrier);
}
