using System.Collections.Concurrent;
using Ledger.Domain;
using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>Commands a silo answered with a final outcome since it started, by outcome code (<c>ACCEPTED</c> or the
/// rejection reason): what its grains decided (a retry answered from the command's record counts again, as it is
/// answered again) and what was refused for its shape before reaching a grain. "Try again" answers are not counted:
/// nothing was decided. The silo's metrics read it (<c>ledger_commands_total{outcome=...}</c>).</summary>
public sealed class OutcomeCounts
{
    private readonly ConcurrentDictionary<string, StrongBox> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="result"/> when it is final: decided, or refused for its shape (a malformed
    /// record is <c>INVALID_COMMAND</c>, as the HTTP API answers it).</summary>
    public CommandResult Count(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Status)
        {
            case CommandStatus.Decided:
            case CommandStatus.ShapeRejected:
                Count(result.Outcome);
                break;
            case CommandStatus.Malformed:
                Count(CommandOutcome.InvalidCommand);
                break;
        }

        return result;
    }

    /// <summary>Counts one command answered <paramref name="outcome"/>.</summary>
    public void Count(CommandOutcome outcome) => Count(outcome.ToCode());

    private void Count(string code) => Interlocked.Increment(ref _counts.GetOrAdd(code, _ => new StrongBox()).Value);

    /// <summary>Every outcome counted so far with its count, in no particular order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Snapshot() =>
        [.. _counts.Select(c => KeyValuePair.Create(c.Key, Interlocked.Read(ref c.Value.Value)))];

    private sealed class StrongBox
    {
#pragma warning disable CA1051 // a field, so that it can be incremented in place
        public long Value;
#pragma warning restore CA1051
    }
}
