using System.Text.Encodings.Web;
using System.Text.Json;
using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;
using Ledger.Testing;

namespace Ledger.Grains.Tests.Support;

/// <summary>How a replay sends borrowers' records to the grains.</summary>
public enum ReplayPath
{
    /// <summary>Each borrower's run of records in one call (<see cref="IBorrowerGrain.SubmitRecordsAsync"/>), the
    /// way batches and replays go.</summary>
    Records = 1,

    /// <summary>Each command through its typed method, on the grain front-ends address: a line's commands to its
    /// credit line grain, an order's to its order grain, the others to the borrower grain.</summary>
    Typed = 2,
}

/// <summary>Replays a stream (stream-format.md) through the grain interfaces with the stream's ordering rule: records
/// of one borrower in stream order, different borrowers at once, SetBusinessDate and EndOfDay as barriers. Returns
/// the outcome list in the layout of the conformance files.</summary>
internal static class GrainReplay
{
    /// <remarks><paramref name="afterLedgerCommand"/>, when given, runs after each SetBusinessDate and EndOfDay with
    /// its command and result, before any later record is sent.</remarks>
    public static async Task<string> ReplayAsync(IGrainFactory grains, string streamName, ReplayPath path,
        Func<LedgerScopeCommand, CommandResult, Task>? afterLedgerCommand = null)
    {
        var records = await File.ReadAllLinesAsync(StreamFiles.Stream(streamName));
        var outcomes = new string[records.Length];
        var segment = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ledger = grains.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger);
        for (var i = 0; i < records.Length; i++)
        {
            var parsed = CommandParser.Parse(records[i]);
            switch (parsed.Command)
            {
                case BorrowerCommand command:
                    if (!segment.TryGetValue(command.Borrower, out var indexes))
                    {
                        segment[command.Borrower] = indexes = [];
                    }

                    indexes.Add(i);
                    break;
                case LedgerScopeCommand ledgerCommand:
                    await FlushAsync(grains, records, outcomes, segment, path);
                    var result = path == ReplayPath.Typed
                        ? await SendLedgerTypedAsync(ledger, records[i])
                        : await ledger.SubmitRecordAsync(records[i]);
                    outcomes[i] = Format(i, result);
                    if (afterLedgerCommand is not null)
                    {
                        await afterLedgerCommand(ledgerCommand, result);
                    }

                    break;
                default:
                    // A shape rejection or a malformed record: nothing is recorded, whichever grain answers it.
                    outcomes[i] = Format(i, await ledger.SubmitRecordAsync(records[i]));
                    break;
            }
        }

        await FlushAsync(grains, records, outcomes, segment, path);
        return string.Concat(outcomes.Select(o => o + "\n"));
    }

    private static async Task FlushAsync(IGrainFactory grains, string[] records, string[] outcomes,
        Dictionary<string, List<int>> segment, ReplayPath path)
    {
        await Task.WhenAll(segment.Select(async pair =>
        {
            if (path == ReplayPath.Records)
            {
                var results = await grains.GetGrain<IBorrowerGrain>(pair.Key)
                    .SubmitRecordsAsync([.. pair.Value.Select(i => records[i])]);
                Assert.Equal(pair.Value.Count, results.Count);
                for (var k = 0; k < results.Count; k++)
                {
                    outcomes[pair.Value[k]] = Format(pair.Value[k], results[k]);
                }

                return;
            }

            foreach (var i in pair.Value)
            {
                outcomes[i] = Format(i, await TypedCommands.SendAsync(grains, records[i]));
            }
        }));
        segment.Clear();
    }

    private static Task<CommandResult> SendLedgerTypedAsync(ILedgerOperatorGrain ledger, string record)
    {
        using var document = JsonDocument.Parse(record);
        var root = document.RootElement;
        var id = root.GetProperty("id").GetString()!;
        var date = TypedCommands.Date(root, "date")!.Value;
        return root.GetProperty("type").GetString() == "EndOfDay"
            ? ledger.EndOfDayAsync(new EndOfDayCommand { Id = id, Date = date })
            : ledger.SetBusinessDateAsync(new SetBusinessDateCommand { Id = id, Date = date });
    }

    /// <summary>One line of the outcome list. A "try again" has no place in it: nothing here should make the ledger
    /// give up on a command, so it fails the replay with its reason.</summary>
    private static string Format(int index, CommandResult result)
    {
        Assert.True(result.Status != CommandStatus.TryAgain,
            $"Line {index + 1} ({result.CommandId}): try again, {result.Outcome}: {result.Error}");
        var id = result.CommandId is null
            ? "null"
            : $"\"{JsonEncodedText.Encode(result.CommandId, JavaScriptEncoder.Default)}\"";
        return $"{{\"line\": {index + 1}, \"id\": {id}, \"outcome\": \"{result.Outcome}\"}}";
    }
}
