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

    /// <summary>The snapshot, read from the ledger itself.</summary>
    Task<string> GetSnapshotAsync(CancellationToken cancellationToken);
}

/// <summary>A silo's HTTP API through <see cref="LedgerClient"/> (batches of <c>POST /v1/commands/batch</c>).</summary>
internal sealed class HttpRecordSink(LedgerClient client) : IRecordSink
{
    public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records,
        CancellationToken cancellationToken) =>
        [.. (await client.SubmitBatchAsync(records, cancellationToken)).Select(r => r.Outcome)];

    public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) =>
        client.GetSnapshotAsync(cancellationToken);
}

/// <summary>A ledger cluster through the Orleans client, the path .NET front-ends take: a batch's records are
/// grouped by borrower, each borrower's records go to its grain in order in one call, the borrowers concurrently;
/// a ledger command goes to the ledger grain. A record the ledger's own parser refuses before it names a borrower
/// is answered from that parse, as the silo's API would answer it (no grain can receive it).</summary>
internal sealed class OrleansRecordSink(LedgerClusterConnection connection,
    Func<CancellationToken, Task<string>> snapshot) : IRecordSink
{
    private const int MaxAttempts = 10;

    public async Task<IReadOnlyList<string>> SubmitBatchAsync(IReadOnlyList<string> records,
        CancellationToken cancellationToken)
    {
        var outcomes = new string[records.Count];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var parsed = CommandParser.Parse(records[i]);
            if (parsed.Command is LedgerScopeCommand)
            {
                outcomes[i] = await SubmitLedgerCommandAsync(records[i], cancellationToken);
                continue;
            }

            var borrower = parsed.Command is BorrowerCommand command ? command.Borrower : BorrowerOf(records[i]);
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
            var results = await connection.Grains.SubmitRecordsAsync(group.Key,
                [.. group.Value.Select(i => records[i])], cancellationToken);
            for (var k = 0; k < group.Value.Count; k++)
            {
                outcomes[group.Value[k]] = OutcomeOf(results[k]);
            }
        }));
        return outcomes;
    }

    private async Task<string> SubmitLedgerCommandAsync(string record, CancellationToken cancellationToken)
    {
        var grain = connection.Client.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger);
        for (var attempt = 1; ; attempt++)
        {
            GrainInterfaces.CommandResult result;
            try
            {
                result = await grain.SubmitRecordAsync(record).WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (LedgerGrains.IsTransient(ex) && attempt < MaxAttempts)
            {
                await Task.Delay(LedgerGrains.Backoff(attempt), cancellationToken);
                continue;
            }

            if (result.Status != CommandStatus.TryAgain || attempt >= MaxAttempts)
            {
                return OutcomeOf(result);
            }

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

    public Task<string> GetSnapshotAsync(CancellationToken cancellationToken) => snapshot(cancellationToken);
}
