using System.Globalization;
using System.Text.Json;
using Ledger.GrainInterfaces;

namespace Ledger.Grains.Tests.Support;

/// <summary>A well-formed stream record sent through its typed grain method: the typed command carries exactly the
/// record's fields (an optional field absent stays null, a rate keeps its spelling), so its content is the record's.
/// </summary>
internal static class TypedCommands
{
    public static Task<CommandResult> SendAsync(IGrainFactory grains, string record)
    {
        using var document = JsonDocument.Parse(record);
        var r = document.RootElement;
        var id = Text(r, "id")!;
        var borrower = Text(r, "borrower")!;
        var b = grains.GetGrain<IBorrowerGrain>(borrower);
        return Text(r, "type") switch
        {
            "OpenBorrower" => b.OpenAsync(
                new OpenBorrowerCommand { Id = id, Borrower = borrower, Limit = Long(r, "limit") }),
            "SetBorrowerLimit" => b.SetLimitAsync(
                new SetBorrowerLimitCommand { Id = id, Borrower = borrower, Limit = Long(r, "limit") }),
            "FreezeBorrower" => b.FreezeAsync(new FreezeBorrowerCommand { Id = id, Borrower = borrower }),
            "UnfreezeBorrower" => b.UnfreezeAsync(new UnfreezeBorrowerCommand { Id = id, Borrower = borrower }),
            "OpenCreditLine" or "Draw" or "Repay" or "ChangeRate" or "CloseLine" or "ExtendLine" =>
                SendLineAsync(grains, r, id, borrower),
            _ => SendOrderAsync(grains, r, id, borrower),
        };
    }

    private static Task<CommandResult> SendLineAsync(IGrainFactory grains, JsonElement r, string id, string borrower)
    {
        var lineId = Text(r, "line")!;
        var line = grains.GetGrain<ICreditLineGrain>(GrainKeys.Line(borrower, lineId));
        return Text(r, "type") switch
        {
            "OpenCreditLine" => line.OpenAsync(new OpenCreditLineCommand
            {
                Id = id, Borrower = borrower, Line = lineId, Limit = Long(r, "limit"), Rate = Text(r, "rate")!,
                ExpiryDate = Date(r, "expiryDate")!.Value, MaturityDate = Date(r, "maturityDate"),
                DayCount = Text(r, "dayCount"), PenaltyMultiplier = Text(r, "penaltyMultiplier"),
            }),
            "Draw" => line.DrawAsync(
                new DrawCommand { Id = id, Borrower = borrower, Line = lineId, Amount = Long(r, "amount") }),
            "Repay" => line.RepayAsync(
                new RepayCommand { Id = id, Borrower = borrower, Line = lineId, Amount = Long(r, "amount") }),
            "ChangeRate" => line.ChangeRateAsync(new ChangeRateCommand
            {
                Id = id, Borrower = borrower, Line = lineId, Rate = Text(r, "rate")!,
                EffectiveDate = Date(r, "effectiveDate")!.Value,
            }),
            "ExtendLine" => line.ExtendAsync(new ExtendLineCommand
            {
                Id = id, Borrower = borrower, Line = lineId, MaturityDate = Date(r, "maturityDate")!.Value,
            }),
            _ => line.CloseAsync(new CloseLineCommand { Id = id, Borrower = borrower, Line = lineId }),
        };
    }

    private static Task<CommandResult> SendOrderAsync(IGrainFactory grains, JsonElement r, string id, string borrower)
    {
        var orderId = Text(r, "order")!;
        var order = grains.GetGrain<ISupplyOrderGrain>(GrainKeys.Order(borrower, orderId));
        return Text(r, "type") switch
        {
            "OpenOrder" => order.OpenAsync(new OpenOrderCommand
            {
                Id = id, Borrower = borrower, Order = orderId, Supplier = Text(r, "supplier")!,
                Rate = Text(r, "rate")!,
                MaturityDate = Date(r, "maturityDate")!.Value, DayCount = Text(r, "dayCount"),
                PenaltyMultiplier = Text(r, "penaltyMultiplier"),
                Tranches = [.. r.GetProperty("tranches").EnumerateArray()
                    .Select(t => new TrancheRecord
                    {
                        Amount = Long(t, "amount"), ReleaseDate = Date(t, "releaseDate"),
                    })],
            }),
            "ReleaseTranche" => order.ReleaseTrancheAsync(new ReleaseTrancheCommand
            {
                Id = id, Borrower = borrower, Order = orderId, Tranche = (int)Long(r, "tranche"),
            }),
            "RepayOrder" => order.RepayAsync(
                new RepayOrderCommand { Id = id, Borrower = borrower, Order = orderId, Amount = Long(r, "amount") }),
            "CancelOrder" => order.CancelAsync(
                new CancelOrderCommand { Id = id, Borrower = borrower, Order = orderId }),
            "ExtendOrder" => order.ExtendAsync(new ExtendOrderCommand
            {
                Id = id, Borrower = borrower, Order = orderId, MaturityDate = Date(r, "maturityDate")!.Value,
            }),
            var type => throw new InvalidOperationException($"Record {id}: no typed method for type {type}."),
        };
    }

    private static string? Text(JsonElement r, string name) =>
        r.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static long Long(JsonElement r, string name) => r.GetProperty(name).GetInt64();

    public static DateOnly? Date(JsonElement r, string name) => Text(r, name) is { } text
        ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : null;
}
