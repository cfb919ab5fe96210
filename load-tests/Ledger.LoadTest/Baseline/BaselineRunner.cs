using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Ledger.Domain;
using Npgsql;

namespace Ledger.LoadTest.Baseline;

/// <summary>The counts of one baseline run.</summary>
internal sealed class BaselineSummary(string name = "baseline")
{
    public long Records { get; set; }

    public double Seconds { get; set; }

    /// <summary>Records per outcome code (<c>ACCEPTED</c>, a rejection reason, or <c>MALFORMED</c>).</summary>
    public SortedDictionary<string, long> ByOutcome { get; } = new(StringComparer.Ordinal);

    public long PerSecond => Seconds > 0 ? (long)(Records / Seconds) : 0;

    /// <summary>Each stream line's outcome code, in line order, when the runner was asked to keep them.</summary>
    public IReadOnlyList<string>? LineOutcomes { get; set; }

    public void Count(string outcome, long count = 1)
    {
        Records += count;
        ByOutcome[outcome] = ByOutcome.GetValueOrDefault(outcome) + count;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{name} records={Records} seconds={Seconds:F3} per_s={PerSecond}");
}

/// <summary>A baseline run failed against the database (or the grain that writes to it); the message names the
/// stream line.</summary>
internal sealed class BaselineException(string message, Exception inner) : Exception(message, inner);

/// <summary>What a baseline runs a stream against: the naive one-transaction-per-command ledger, or stock Orleans.
/// </summary>
internal interface IBaselineTarget
{
    /// <summary>The name the summary line starts with.</summary>
    string Name { get; }

    /// <summary>Readies a fresh run (a fresh schema, say).</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>One caller: the runner opens one per lane and one for the barriers, and each runs one command at a
    /// time.</summary>
    Task<IBaselineSession> OpenSessionAsync(CancellationToken cancellationToken);
}

internal interface IBaselineSession : IAsyncDisposable
{
    /// <summary>Runs one well-formed command (<paramref name="record"/> is its stream line) and returns its outcome.
    /// </summary>
    Task<CommandOutcome> ExecuteAsync(string record, LedgerCommand command, CancellationToken cancellationToken);
}

/// <summary>Runs a stream through a <see cref="IBaselineTarget"/> with the replay's ordering rules: records of one
/// borrower in stream order on one lane (a stable hash of the borrower id picks it), lanes concurrently, each its
/// own caller; SetBusinessDate and EndOfDay are barriers, run once every lane has finished what came before.
/// Malformed and shape-rejected records are counted and never reach the target, as in the ledger.</summary>
/// <param name="keepLineOutcomes">Keep every line's outcome (<see cref="BaselineSummary.LineOutcomes"/>), for tests
/// that compare them with the domain's.</param>
internal sealed class BaselineRunner(IBaselineTarget target, int concurrency, bool keepLineOutcomes = false)
{
    private const int LaneCapacity = 1024;

    /// <summary>The naive baseline (<see cref="NaiveLedger"/>) on <paramref name="dataSource"/>.</summary>
    public BaselineRunner(NpgsqlDataSource dataSource, int concurrency)
        : this(new NaiveTarget(dataSource), concurrency)
    {
    }

    public async Task<BaselineSummary> RunAsync(TextReader stream, CancellationToken cancellationToken)
    {
        await target.PrepareAsync(cancellationToken);
        var summary = new BaselineSummary(target.Name);
        var dispatched = keepLineOutcomes ? new List<(long, string)>() : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lanes = Enumerable.Range(0, Math.Max(1, concurrency)).Select(_ => new Lane()).ToArray();
        var clock = Stopwatch.StartNew();
        var workers = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, stop), CancellationToken.None)).ToArray();
        Exception? dispatchFailure = null;
        try
        {
            await DispatchAsync(stream, lanes, summary, dispatched, stop.Token);
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
        if (dispatched is not null)
        {
            summary.LineOutcomes = [.. dispatched.Concat(lanes.SelectMany(l => l.Lines)).OrderBy(p => p.Item1)
                .Select(p => p.Item2)];
        }

        return summary;
    }

    private async Task DispatchAsync(TextReader stream, Lane[] lanes, BaselineSummary summary,
        List<(long, string)>? outcomes, CancellationToken ct)
    {
        await using var session = await target.OpenSessionAsync(ct);
        long lineNumber = 0;
        while (await stream.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            var parsed = CommandParser.Parse(line);
            string outcome;
            switch (parsed.Command)
            {
                case null:
                    outcome = parsed.Status == ParseStatus.Malformed ? "MALFORMED" : parsed.Reason.ToCode();
                    break;
                case LedgerScopeCommand ledgerCommand:
                    await BarrierAsync(lanes, ct);
                    outcome = (await ExecuteAsync(session, lineNumber, line, ledgerCommand, ct)).ToCode();
                    break;
                case BorrowerCommand borrowerCommand:
                    var lane = lanes[(int)(StableHash(borrowerCommand.Borrower) % (uint)lanes.Length)];
                    await lane.Records.Writer.WriteAsync(new LaneItem(lineNumber, line, borrowerCommand, null), ct);
                    continue;
                default:
                    throw new UnreachableException($"Line {lineNumber}: a command of no scope.");
            }

            summary.Count(outcome);
            outcomes?.Add((lineNumber, outcome));
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
            await lane.Records.Writer.WriteAsync(new LaneItem(0, null, null, signal), ct);
            reached.Add(signal.Task);
        }

        await Task.WhenAll(reached).WaitAsync(ct);
    }

    private async Task RunLaneAsync(Lane lane, CancellationTokenSource stop)
    {
        try
        {
            await using var session = await target.OpenSessionAsync(stop.Token);
            await foreach (var item in lane.Records.Reader.ReadAllAsync(stop.Token))
            {
                if (item.Barrier is { } barrier)
                {
                    barrier.TrySetResult();
                    continue;
                }

                var outcome = (await ExecuteAsync(session, item.LineNumber, item.Record!, item.Command!, stop.Token))
                    .ToCode();
                lane.Counts[outcome] = lane.Counts.GetValueOrDefault(outcome) + 1;
                if (keepLineOutcomes)
                {
                    lane.Lines.Add((item.LineNumber, outcome));
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private static async Task<CommandOutcome> ExecuteAsync(IBaselineSession session, long lineNumber, string record,
        LedgerCommand command, CancellationToken ct)
    {
        try
        {
            return await session.ExecuteAsync(record, command, ct);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or BaselineException))
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

        public List<(long, string)> Lines { get; } = [];
    }

    /// <summary>A record for a lane, or (with <see cref="Barrier"/>) a marker the lane signals when it reaches it.
    /// </summary>
    private sealed record LaneItem(long LineNumber, string? Record, BorrowerCommand? Command,
        TaskCompletionSource? Barrier);
}

/// <summary>The naive baseline as a target: a fresh <c>naive</c> schema, one connection per caller.</summary>
internal sealed class NaiveTarget(NpgsqlDataSource dataSource) : IBaselineTarget
{
    public string Name => "baseline";

    public Task PrepareAsync(CancellationToken cancellationToken) =>
        NaiveSchema.CreateAsync(dataSource, cancellationToken);

    public async Task<IBaselineSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new Session(await dataSource.OpenConnectionAsync(cancellationToken));

    private sealed class Session(NpgsqlConnection connection) : IBaselineSession
    {
        private readonly NaiveLedger _ledger = new(connection);

        public Task<CommandOutcome> ExecuteAsync(string record, LedgerCommand command,
            CancellationToken cancellationToken) => _ledger.ExecuteAsync(command, cancellationToken);

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
