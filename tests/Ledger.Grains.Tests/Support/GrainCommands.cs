using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;
using Ledger.Testing;

namespace Ledger.Grains.Tests.Support;

/// <summary>Sends commands built by <see cref="TestCommands"/> to the grains as their stream records: a borrower's to
/// its borrower grain, the ledger's to the ledger grain.</summary>
internal static class GrainCommands
{
    public static async Task<CommandResult> SubmitAsync(this IGrainFactory grains, LedgerCommand command)
    {
        var record = TestCommands.RecordOf(command);
        return command is BorrowerCommand b
            ? (await grains.GetGrain<IBorrowerGrain>(b.Borrower).SubmitRecordsAsync([record]))[0]
            : await grains.GetGrain<ILedgerOperatorGrain>(GrainKeys.Ledger).SubmitRecordAsync(record);
    }

    /// <summary>Sends <paramref name="command"/> until it is decided (a "try again" is sent again, as a client does)
    /// and asserts that it is accepted.</summary>
    public static async Task SubmitOkAsync(this IGrainFactory grains, LedgerCommand command) =>
        Assert.True((await grains.SubmitDecidedAsync(command)).IsAccepted, $"{command.Id} was not accepted.");

    /// <summary>Sends <paramref name="command"/> until it is decided; returns the decision.</summary>
    public static async Task<CommandResult> SubmitDecidedAsync(this IGrainFactory grains, LedgerCommand command)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await grains.SubmitAsync(command);
            if (result.Status != CommandStatus.TryAgain)
            {
                Assert.True(result.Status == CommandStatus.Decided, $"{command.Id}: {result.Outcome} {result.Error}");
                return result;
            }

            Assert.True(attempt < 20, $"{command.Id} was answered 'try again' {attempt} times: {result.Outcome}.");
        }
    }

    public static async Task SubmitAllOkAsync(this IGrainFactory grains, IEnumerable<LedgerCommand> commands)
    {
        foreach (var command in commands)
        {
            await grains.SubmitOkAsync(command);
        }
    }
}
