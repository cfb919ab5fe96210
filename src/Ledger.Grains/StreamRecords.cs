using System.Buffers;
using System.Text.Json;
using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.OperatorInterfaces;

namespace Ledger.Grains;

/// <summary>Typed commands of the grain interfaces as the stream records they stand for, parsed by the domain's own
/// parser: the shape checks (semantics §7, check 1) and the content hash that tells a retry from an id conflict are
/// then exactly those of a record sent over HTTP, so one command may be retried by either path.</summary>
internal static class StreamRecords
{
    public static ParseResult Parse(BorrowerCommandRecord command) => CommandParser.Parse(Write(command));

    public static ParseResult Parse(LedgerDateCommand command) => CommandParser.Parse(Write(w =>
    {
        w.WriteString("type", command is EndOfDayCommand ? "EndOfDay" : "SetBusinessDate");
        w.WriteString("id", command.Id);
        WriteDate(w, "date", command.Date);
    }));

    private static ReadOnlyMemory<byte> Write(BorrowerCommandRecord command) => Write(w =>
    {
        w.WriteString("type", TypeOf(command));
        w.WriteString("id", command.Id);
        w.WriteString("borrower", command.Borrower);
        switch (command)
        {
            case LineCommandRecord line:
                w.WriteString("line", line.Line);
                WriteLineFields(w, line);
                break;
            case OrderCommandRecord order:
                w.WriteString("order", order.Order);
                WriteOrderFields(w, order);
                break;
            case OpenBorrowerCommand open:
                w.WriteNumber("limit", open.Limit);
                break;
            case SetBorrowerLimitCommand limit:
                w.WriteNumber("limit", limit.Limit);
                break;
        }
    });

    private static string TypeOf(BorrowerCommandRecord command) => command switch
    {
        OpenBorrowerCommand => "OpenBorrower",
        SetBorrowerLimitCommand => "SetBorrowerLimit",
        FreezeBorrowerCommand => "FreezeBorrower",
        UnfreezeBorrowerCommand => "UnfreezeBorrower",
        OpenCreditLineCommand => "OpenCreditLine",
        DrawCommand => "Draw",
        RepayCommand => "Repay",
        ChangeRateCommand => "ChangeRate",
        CloseLineCommand => "CloseLine",
        OpenOrderCommand => "OpenOrder",
        ReleaseTrancheCommand => "ReleaseTranche",
        RepayOrderCommand => "RepayOrder",
        CancelOrderCommand => "CancelOrder",
        ExtendLineCommand => "ExtendLine",
        ExtendOrderCommand => "ExtendOrder",
        _ => throw new ArgumentException($"Unknown command record {command.GetType().Name}.", nameof(command)),
    };

    private static void WriteLineFields(Utf8JsonWriter w, LineCommandRecord command)
    {
        switch (command)
        {
            case OpenCreditLineCommand open:
                w.WriteNumber("limit", open.Limit);
                WriteText(w, "rate", open.Rate);
                WriteDate(w, "expiryDate", open.ExpiryDate);
                WriteDate(w, "maturityDate", open.MaturityDate);
                WriteText(w, "dayCount", open.DayCount);
                WriteText(w, "penaltyMultiplier", open.PenaltyMultiplier);
                break;
            case DrawCommand draw:
                w.WriteNumber("amount", draw.Amount);
                break;
            case RepayCommand repay:
                w.WriteNumber("amount", repay.Amount);
                break;
            case ChangeRateCommand change:
                WriteText(w, "rate", change.Rate);
                WriteDate(w, "effectiveDate", change.EffectiveDate);
                break;
            case ExtendLineCommand extend:
                WriteDate(w, "maturityDate", extend.MaturityDate);
                break;
        }
    }

    private static void WriteOrderFields(Utf8JsonWriter w, OrderCommandRecord command)
    {
        switch (command)
        {
            case OpenOrderCommand open:
                WriteText(w, "supplier", open.Supplier);
                WriteText(w, "rate", open.Rate);
                WriteDate(w, "maturityDate", open.MaturityDate);
                WriteText(w, "dayCount", open.DayCount);
                WriteText(w, "penaltyMultiplier", open.PenaltyMultiplier);
                w.WriteStartArray("tranches");
                foreach (var tranche in open.Tranches ?? [])
                {
                    w.WriteStartObject();
                    w.WriteNumber("amount", tranche.Amount);
                    WriteDate(w, "releaseDate", tranche.ReleaseDate);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case ReleaseTrancheCommand release:
                w.WriteNumber("tranche", release.Tranche);
                break;
            case RepayOrderCommand repay:
                w.WriteNumber("amount", repay.Amount);
                break;
            case ExtendOrderCommand extend:
                WriteDate(w, "maturityDate", extend.MaturityDate);
                break;
        }
    }

    /// <summary>An optional field is left out when absent, as a stream record leaves it out, so that the
    /// domain applies its default and the content hash is the record's.</summary>
    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, Values.FormatDate(date));
        }
    }

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}

/// <summary>The grain interfaces' results, built from the domain's outcomes.</summary>
internal static class Results
{
    public static CommandResult Decided(string commandId, CommandOutcome outcome) =>
        new() { CommandId = commandId, Status = CommandStatus.Decided, Outcome = outcome.ToCode() };

    public static CommandResult TryAgain(string commandId, string reason, string error) =>
        new() { CommandId = commandId, Status = CommandStatus.TryAgain, Outcome = reason, Error = error };

    /// <summary>The answer of an activation refused under memory pressure (<see cref="MemoryAdmission"/>): nothing was
    /// booked, and the same command may be sent again once the heap has room.</summary>
    public static CommandResult MemoryPressure(string commandId, string book) => TryAgain(commandId,
        MemoryPressureReason, $"Nothing was booked for {commandId}: the silo's heap is over its limit and {book} is "
        + "not in memory, so it is not loaded now; send it again.");

    /// <summary>The "try again" reason of <see cref="MemoryPressure"/>.</summary>
    public const string MemoryPressureReason = "MEMORY_PRESSURE";

    /// <summary>The result of a record that did not parse into a command: a shape rejection or a malformed record.
    /// </summary>
    public static CommandResult NotParsed(ParseResult parsed) => parsed.Status == ParseStatus.ShapeRejected
        ? new()
        {
            CommandId = parsed.Id, Status = CommandStatus.ShapeRejected, Outcome = parsed.Reason.ToCode(),
            Field = parsed.Field, Error = parsed.Message,
        }
        : new() { CommandId = null, Status = CommandStatus.Malformed, Outcome = "MALFORMED", Error = parsed.Message };
}
