using Ledger.GrainInterfaces;

namespace Ledger.Grains;

/// <summary>A credit line's address (key <c>borrower/line</c>). It keeps no money state: each command goes to the
/// borrower grain, which decides it against the whole book (the borrower's limit spans its lines and orders).
/// </summary>
[BookPlacement]
internal sealed class CreditLineGrain(LedgerServices services) : Grain, ICreditLineGrain
{
    /// <summary>This activation has handed a command on to the borrower's grain.</summary>
    private bool _admitted;

    private (string Borrower, string Line) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private IBorrowerGrain Borrower => GrainReferences.Get<IBorrowerGrain>(GrainFactory, Key.Borrower);

    /// <summary>Hands a command to the borrower's grain; refused here, without activating it, while the heap is over
    /// its limit, unless this activation has handed a command on already (<see cref="Admission"/>).</summary>
    private Task<CommandResult> Forward<T>(T command, Func<IBorrowerGrain, T, Task<CommandResult>> call)
        where T : BorrowerCommandRecord =>
        Admission.Admits(this, services, ref _admitted)
            ? call(Borrower, command)
            : Admission.Refused(services, command);

    public Task<CommandResult> OpenAsync(OpenCreditLineCommand command) =>
        Forward(Own(command), static (b, c) => b.OpenCreditLineAsync(c));

    public Task<CommandResult> DrawAsync(DrawCommand command) => Forward(Own(command), static (b, c) => b.DrawAsync(c));

    public Task<CommandResult> RepayAsync(RepayCommand command) =>
        Forward(Own(command), static (b, c) => b.RepayAsync(c));

    public Task<CommandResult> ChangeRateAsync(ChangeRateCommand command) =>
        Forward(Own(command), static (b, c) => b.ChangeRateAsync(c));

    public Task<CommandResult> CloseAsync(CloseLineCommand command) =>
        Forward(Own(command), static (b, c) => b.CloseLineAsync(c));

    public Task<CommandResult> ExtendAsync(ExtendLineCommand command) =>
        Forward(Own(command), static (b, c) => b.ExtendLineAsync(c));

    /// <summary>The line, read through the borrower's grain; refused like a command while the heap is over its limit,
    /// unless this activation has handed a call on already (<see cref="Admission"/>).</summary>
    public Task<LineView?> GetAsync() => Admission.Admits(this, services, ref _admitted)
        ? Borrower.GetLineAsync(Key.Line)
        : Admission.ReadRefused<LineView>(services, Key.Borrower);

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
    private bool _admitted;

    private (string Borrower, string Order) Key => GrainKeys.Split(this.GetPrimaryKeyString());

    private IBorrowerGrain Borrower => GrainReferences.Get<IBorrowerGrain>(GrainFactory, Key.Borrower);

    /// <summary>Hands a command to the borrower's grain; refused here, without activating it, while the heap is over
    /// its limit, unless this activation has handed a command on already (<see cref="Admission"/>).</summary>
    private Task<CommandResult> Forward<T>(T command, Func<IBorrowerGrain, T, Task<CommandResult>> call)
        where T : BorrowerCommandRecord =>
        Admission.Admits(this, services, ref _admitted)
            ? call(Borrower, command)
            : Admission.Refused(services, command);

    public Task<CommandResult> OpenAsync(OpenOrderCommand command) =>
        Forward(Own(command), static (b, c) => b.OpenOrderAsync(c));

    public Task<CommandResult> ReleaseTrancheAsync(ReleaseTrancheCommand command) =>
        Forward(Own(command), static (b, c) => b.ReleaseTrancheAsync(c));

    public Task<CommandResult> RepayAsync(RepayOrderCommand command) =>
        Forward(Own(command), static (b, c) => b.RepayOrderAsync(c));

    public Task<CommandResult> CancelAsync(CancelOrderCommand command) =>
        Forward(Own(command), static (b, c) => b.CancelOrderAsync(c));

    public Task<CommandResult> ExtendAsync(ExtendOrderCommand command) =>
        Forward(Own(command), static (b, c) => b.ExtendOrderAsync(c));

    /// <summary>The order, read through the borrower's grain; refused like a command while the heap is over its
    /// limit, unless this activation has handed a call on already (<see cref="Admission"/>).</summary>
    public Task<OrderView?> GetAsync() => Admission.Admits(this, services, ref _admitted)
        ? Borrower.GetOrderAsync(Key.Order)
        : Admission.ReadRefused<OrderView>(services, Key.Borrower);

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

/// <summary>Admission of a line's or order's commands and views under memory pressure (<see cref="MemoryAdmission"/>):
/// the first call of an activation asks, and while the heap is over its limit it is answered "try again" (a view:
/// <see cref="LedgerUnavailableException"/>) here, without activating the borrower's grain, and the activation leaves
/// once it is answered; after one has been handed on the activation is a known address and hands on every later call
/// (the borrower's grain asks for its own book).</summary>
internal static class Admission
{
    public static bool Admits(IGrainBase grain, LedgerServices services, ref bool admitted)
    {
        if (admitted || services.Admission.AdmitsNewBook())
        {
            admitted = true;
            return true;
        }

        grain.DeactivateOnIdle();
        return false;
    }

    public static Task<CommandResult> Refused(LedgerServices services, BorrowerCommandRecord command)
    {
        services.Admission.CountRefused(1);
        return Task.FromResult(Results.MemoryPressure(command.Id, $"the book of {command.Borrower}"));
    }

    /// <summary>A view refused as a command is: the retryable <see cref="LedgerUnavailableException"/> with the
    /// reason <c>MEMORY_PRESSURE</c>, counted with the refused commands.</summary>
    public static Task<T?> ReadRefused<T>(LedgerServices services, string borrower)
        where T : class
    {
        services.Admission.CountRefused(1);
        return Task.FromException<T?>(new LedgerUnavailableException(
            $"Not read: the silo's heap is over its limit and the book of {borrower} is not loaded now; ask again "
            + "shortly.", LedgerUnavailableException.MemoryPressure));
    }
}
