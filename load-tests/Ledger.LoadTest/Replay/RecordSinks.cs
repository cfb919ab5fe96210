using System.Text.Json;
using Ledger.Client;
using Ledger.Client.Cluster;
using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;

namespace Ledger.LoadTest.Replay;

/// <summary>Where a network replay sends its records: one outcome code per record, in order; a ledger command
/// (SetBusinessDate, EndOfDay) comes alone, after everything sent before it is answered.</summary>
internal interface IRecordSink
{
    Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records, CancellationToken cancellationToken);

    /// <summary>As <see cref="SubmitBatchAsync"/>, for records the replay has parsed already (it routes them by their
    /// borrower): a sink that needs the parse takes it from here instead of parsing each record again.</summary>
    Task<IReadOnlyList<string>> SubmitParsedAsync(IReadOnlyList<ParsedLine> records,
        CancellationToken cancellationToken) =>
        SubmitBatchAsync(records.Count == 1 ? [records[0].Line] : [.. records.Select(r => r.Line)], cancellationToken);

    /// <summary>The snapshot, read from the ledger itself.</summary>
    Task<string> GetSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>The retries the client made (records sent again after a transient failure), by reason.</summary>
    RetryTally Retries { get; }
}

/// <summary>A stream record and the ledger parser's result for it.</summary>
internal readonly record struct ParsedLine(string Line, ParseResult Parsed)
{
    public static ParsedLine Of(string line) => new(line, CommandParser.ParseToRoute(line));
}

/// <summary>Counts a client's retries (<see cref="LedgerRetryEventArgs"/>) by reason, from any thread.</summary>
internal sealed class RetryTally
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _byReason =
        new(StringComparer.Ordinal);

    private long _retries;
    private long _records;

    /// <summary>Retries made (requests or grain calls sent again).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Records sent again, over all retries.</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>Retries by reason (<see cref="LedgerRetryEventArgs.Reason"/>), in order of reason.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByReason =>
        [.. _byReason.OrderBy(p => p.Key, StringComparer.Ordinal)];

    public void Count(string reason, int records)
    {
        Interlocked.Increment(ref _retries);
        Interlocked.Add(ref _records, records);
        _byReason.AddOrUpdate(reason, 1, (_, n) => n + 1);
    }

    public void Count(object? sender, LedgerRetryEventArgs retry) => Count(retry.Reason, retry.Records);

    /// <summary>The line the tool prints: <c>retries=N records_resent=M by_reason=503:2,connection:1</c>.</summary>
    public override string ToString()
    {
        var byReason = ByReason.Count == 0 ? "none" : string.Join(',', ByReason.Select(p =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Key}:{p.Value}")));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"retries={Retries} records_resent={Records} by_reason={byReason}");
    }
}

/// <summary>A silo's HTTP API through <see cref="LedgerClient"/>: a request of one record is one
/// <c>POST /v1/commands</c> (the front-end shape: one command per call), more go as <c>POST /v1/commands/batch</c>.
/// </summary>
internal sealed class HttpRecordSink : IRecordSink
{
    private readonly LedgerClient _client;

    public HttpRecordSink(LedgerClient client)
    {
        _client = client;
        client.Retrying += Retries.Count;
    }

    public RetryTally Retries { get; } = new();

    public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records,
        CancellationToken cancellationToken) =>
        records.Count == 1
            ? [(await _client.SubmitAsync(records[0], cancellationToken)).Outcome]
            : [.. (await _client.SubmitBatchAsync(records, cancellationToken)).Select(r => r.Outcome)];

    public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) =>
        _client.GetSnapshotAsync(cancellationToken);
}

/// <summary>A ledger cluster through the Orleans client, the path .NET front-ends take: a batch's records are
/// grouped by borrower, each borrower's records go to its grain in order in one call, the borrowers concurrently;
/// a ledger command goes to the ledger grain. A record the ledger's own parser refuses before it names a borrower
/// is answered from that parse, as the silo's API would answer it (no grain can receive it).</summary>
internal sealed class OrleansRecordSink : IRecordSink
{
    /// <summary>As <see cref="LedgerGrains.MaxAttempts"/>: 13 s of pauses, through a database restart.</summary>
    private const int MaxAttempts = 12;

    private readonly LedgerClusterConnection _connection;
    private readonly Func<CancellationToken, Task<string>> _snapshot;

    public OrleansRecordSink(LedgerClusterConnection connection, Func<CancellationToken, Task<string>> snapshot)
    {
        _connection = connection;
        _snapshot = snapshot;
        connection.Grains.Retrying += Retries.Count;
    }

    public RetryTally Retries { get; } = new();

    public Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records,
        CancellationToken cancellationToken) =>
        SubmitParsedAsync([.. records.Select(ParsedLine.Of)], cancellationToken);

    public async Task<IReadOnlyList<string>> SubmitParsedAsync(IReadOnlyList<ParsedLine> records,
        CancellationToken cancellationToken)
    {
        var outcomes = new string[records.Count];
        if (records.Count == 1 && records[0].Parsed.Command is BorrowerCommand single)
        {
            // One command per call (the front-end shape): no grouping to do.
            outcomes[0] = OutcomeOf((await _connection.Grains.SubmitRecordsAsync(single.Borrower, [records[0].Line],
                cancellationToken))[0]);
            return outcomes;
        }

        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var (line, parsed) = records[i];
            if (parsed.Command is LedgerScopeCommand)
            {
                outcomes[i] = await SubmitLedgerCommandAsync(line, cancellationToken);
                continue;
            }

            var borrower = parsed.Command is BorrowerCommand command ? command.Borrower : BorrowerOf(line);
            if (borrower is null)
            {
                outcomes[i] = parsed.Status == ParseStatus.Malformed ? OutcomeListWriter.Malformed : parsed.Reason.ToCode();
                continue;
            }

            if (!groups.TryGetValue(borrower, out var indices))
            {
                groups[borrower] = indices = [];
            }

            indices.Add(i);
        }

        await Task.WhenAll(groups.Select(async group =>
        {
            var results = await _connection.Grains.SubmitRecordsAsync(group.Key,
                [.. group.Value.Select(i => records[i].Line)], cancellationToken);
            for (var k = 0; k < group.Value.Count; k++)
            {
                outcomes[group.Value[k]] = OutcomeOf(results[k]);
            }
        }));
        return outcomes;
    }

    private async Task<string> SubmitLedgerCommandAsync(string record, CancellationToken cancellationToken)
    {
        var grain = _connection.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger);
        for (var attempt = 1; ; attempt++)
        {
            GrainInterfaces.CommandResult result;
            try
            {
                result = await grain.SubmitRecordAsync(record).WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (LedgerGrains.IsTransient(ex) && attempt < MaxAttempts)
            {
                Retries.Count("transient", 1);
                await Task.Delay(LedgerGrains.Backoff(attempt), cancellationToken);
                continue;
            }

            if (result.Status != CommandStatus.TryAgain || attempt >= MaxAttempts)
            {
                return OutcomeOf(result);
            }

            Retries.Count("try-again", 1);
            await Task.Delay(LedgerGrains.Backoff(attempt), cancellationToken);
        }
    }

    private static string OutcomeOf(GrainInterfaces.CommandResult result) => result.Status switch
    {
        CommandStatus.TryAgain => throw new LedgerClientException(
            $"The ledger could not book {result.CommandId} after {MaxAttempts} attempts: {result.Outcome} "
            + $"({result.Error}).", 503),
        CommandStatus.Malformed => OutcomeListWriter.Malformed,
        _ => result.Outcome,
    };

    /// <summary>The record's <c>borrower</c> when it is a JSON object with a string there, else null.</summary>
    private static string? BorrowerOf(string record)
    {
        try
        {
            using var document = JsonDocument.Parse(record);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("borrower", out var borrower)
                && borrower.ValueKind == JsonValueKind.String
                && borrower.GetString() is { Length: > 0 } id
                    ? id
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) => _snapshot(cancellationToken);
}
