using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>A credit line's address (key <c>borrower/line</c>). It keeps no money state: each command goes to the
/// borrower grain, which decides it against the whole book (the borrower's limit spans its lines and orders).
/// </summary>
[BookPlacement]
internal sealed class CreditLineGrain : Grain, ICreditLineGrain
{
    private (string Borrower, string Line) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private IBorrowerGrain Borrower => GrainFactory.GetGrain<IBorrowerGrain>(Key.Borrower);

    public Task<CommandResult> OpenAsync(OpenCreditLineCommand command) => Borrower.OpenCreditLineAsync(Own(command));

    public Task<CommandResult> DrawAsync(DrawCommand command) => Borrower.DrawAsync(Own(command));

    public Task<CommandResult> RepayAsync(RepayCommand command) => Borrower.RepayAsync(Own(command));

    public Task<CommandResult> ChangeRateAsync(ChangeRateCommand command) => Borrower.ChangeRateAsync(Own(command));

    public Task<CommandResult> CloseAsync(CloseLineCommand command) => Borrower.CloseLineAsync(Own(command));

    public Task<CommandResult> ExtendAsync(ExtendLineCommand command) => Borrower.ExtendLineAsync(Own(command));

    public Task<LineView?> GetAsync() => Borrower.GetLineAsync(Key.Line);

    /// <summary>A command sent to this line must name it: the grain's key is its address.</summary>
    private T Own<T>(T command)
        where T : LineCommandRecord
    {
        ArgumentNullException.ThrowIfNull(command);
        var (borrower, line) = Key;
        return command.Borrower == borrower && command.Line == line
            ? command
            : throw new ArgumentException(
                $"Command {command.Id} names {command.Borrower}/{command.Line}, not this line {borrower}/{line}.",
                nameof(command));
    }
}

/// <summary>A supply-chain order's address (key <c>borrower/order</c>), handing its commands to the borrower grain
/// like <see cref="CreditLineGrain"/>.</summary>
[BookPlacement]
internal sealed class SupplyOrderGrain : Grain, ISupplyOrderGrain
{
    private (string Borrower, string Order) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private IBorrowerGrain Borrower => GrainFactory.GetGrain<IBorrowerGrain>(Key.Borrower);

    public Task<CommandResult> OpenAsync(OpenOrderCommand command) => Borrower.OpenOrderAsync(Own(command));

    public Task<CommandResult> ReleaseTrancheAsync(ReleaseTrancheCommand command) =>
        Borrower.ReleaseTrancheAsync(Own(command));

    public Task<CommandResult> RepayAsync(RepayOrderCommand command) => Borrower.RepayOrderAsync(Own(command));

    public Task<CommandResult> CancelAsync(CancelOrderCommand command) => Borrower.CancelOrderAsync(Own(command));

    public Task<CommandResult> ExtendAsync(ExtendOrderCommand command) => Borrower.ExtendOrderAsync(Own(command));

    public Task<OrderView?> GetAsync() => Borrower.GetOrderAsync(Key.Order);

    private T Own<T>(T command)
        where T : OrderCommandRecord
    {
        ArgumentNullException.ThrowIfNull(command);
        var (borrower, order) = Key;
        return command.Borrower == borrower && command.Order == order
            ? command
            : throw new ArgumentException(
                $"Command {command.Id} names {command.Borrower}/{command.Order}, not this order {borrower}/{order}.",
                nameof(command));
    }
}
