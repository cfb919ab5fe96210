using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>A credit line's address (key <c>borrower/line</c>). It keeps no money state: each command goes to the
/// borrower grain, which decides it against the whole book (the borrower's limit spans its lines and orders).
/// </summary>
[BookPlacement]
internal sealed class CreditLineGrain(LedgerServices services) : Grain, ICreditLineGrain
{
    /// <summary>Activated while the heap was over its limit: commands are answered "try again" here, without
    /// activating the borrower's grain (<see cref="MemoryAdmission"/>).</summary>
    private bool _refused;

    private (string Borrower, string Line) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private IBorrowerGrain Borrower => GrainFactory.GetGrain<IBorrowerGrain>(Key.Borrower);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _refused = !services.Admission.AdmitsNewBook();
        return base.OnActivateAsync(cancellationToken);
    }

    public Task<CommandResult> OpenAsync(OpenCreditLineCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.OpenCreditLineAsync(Own(command));

    public Task<CommandResult> DrawAsync(DrawCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.DrawAsync(Own(command));

    public Task<CommandResult> RepayAsync(RepayCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.RepayAsync(Own(command));

    public Task<CommandResult> ChangeRateAsync(ChangeRateCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.ChangeRateAsync(Own(command));

    public Task<CommandResult> CloseAsync(CloseLineCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.CloseLineAsync(Own(command));

    public Task<CommandResult> ExtendAsync(ExtendLineCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.ExtendLineAsync(Own(command));

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
internal sealed class SupplyOrderGrain(LedgerServices services) : Grain, ISupplyOrderGrain
{
    private bool _refused;

    private (string Borrower, string Order) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private IBorrowerGrain Borrower => GrainFactory.GetGrain<IBorrowerGrain>(Key.Borrower);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _refused = !services.Admission.AdmitsNewBook();
        return base.OnActivateAsync(cancellationToken);
    }

    public Task<CommandResult> OpenAsync(OpenOrderCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.OpenOrderAsync(Own(command));

    public Task<CommandResult> ReleaseTrancheAsync(ReleaseTrancheCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.ReleaseTrancheAsync(Own(command));

    public Task<CommandResult> RepayAsync(RepayOrderCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.RepayOrderAsync(Own(command));

    public Task<CommandResult> CancelAsync(CancelOrderCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.CancelOrderAsync(Own(command));

    public Task<CommandResult> ExtendAsync(ExtendOrderCommand command) =>
        _refused ? Admission.Refused(this, services, Own(command)) : Borrower.ExtendOrderAsync(Own(command));

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

/// <summary>Admission of a line's or order's grain activating while the heap is over its limit
/// (<see cref="MemoryAdmission"/>): it calls no borrower grain, answers its commands "try again" and leaves once they
/// are answered.</summary>
internal static class Admission
{
    public static Task<CommandResult> Refused(IGrainBase grain, LedgerServices services,
        BorrowerCommandRecord command)
    {
        // Once this call is answered; calls queued behind it go to a new activation, which asks again.
        grain.DeactivateOnIdle();
        services.Admission.CountRefused(1);
        return Task.FromResult(Results.MemoryPressure(command.Id, $"the book of {command.Borrower}"));
    }
}
