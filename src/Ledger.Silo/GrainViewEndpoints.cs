using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Grains;
using Ledger.Storage;
using G = Ledger.GrainInterfaces;

namespace Ledger.Silo;

/// <summary>A borrower, a line, an order and a borrower's journal on Orleans: read through the borrower grain (which
/// holds the book, or loads it, and shows days still to close as closed), in the HTTP API's JSON contract.</summary>
internal static class GrainViewEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/v1/borrowers/{borrower}", GetBorrowerAsync)
            .WithName("GetBorrower").Produces<BorrowerView>().ProducesProblem(404);
        app.MapGet("/v1/borrowers/{borrower}/lines/{line}", GetLineAsync)
            .WithName("GetLine").Produces<LineView>().ProducesProblem(404);
        app.MapGet("/v1/borrowers/{borrower}/orders/{order}", GetOrderAsync)
            .WithName("GetOrder").Produces<OrderView>().ProducesProblem(404);
        app.MapGet("/v1/borrowers/{borrower}/journal", GetJournalAsync)
            .WithName("GetJournal").WithSummary("Journal entries of a borrower; page with ?after=ENTRY&limit=N.")
            .Produces<JournalView>().ProducesProblem(404);
    }

    private static async Task<IResult> GetBorrowerAsync(string borrower, IGrainFactory grains)
    {
        if (!Values.IsValidId(borrower))
        {
            return Problems.BadParameter("borrower", "Not a valid borrower id.");
        }

        var view = await grains.GetGrain<IBorrowerGrain>(borrower).GetAsync();
        return view is null
            ? ViewEndpoints.NotFound($"No borrower {borrower}.")
            : Results.Json(new BorrowerView(view.Borrower, view.Limit, view.Exposure, view.Frozen, view.Lines,
                view.Orders), ApiJson.Default.BorrowerView);
    }

    private static async Task<IResult> GetLineAsync(string borrower, string line, IGrainFactory grains)
    {
        if (!Values.IsValidId(borrower) || !Values.IsValidId(line))
        {
            return Problems.BadParameter("line", "Not a valid borrower or line id.");
        }

        // Through the borrower grain, which holds the line's state, rather than the line grain's extra hop.
        var view = await grains.GetGrain<IBorrowerGrain>(borrower).GetLineAsync(line);
        return view is null ? ViewEndpoints.NotFound($"No line {borrower}/{line}.") : Results.Json(Of(view),
            ApiJson.Default.LineView);
    }

    private static async Task<IResult> GetOrderAsync(string borrower, string order, IGrainFactory grains)
    {
        if (!Values.IsValidId(borrower) || !Values.IsValidId(order))
        {
            return Problems.BadParameter("order", "Not a valid borrower or order id.");
        }

        var view = await grains.GetGrain<IBorrowerGrain>(borrower).GetOrderAsync(order);
        return view is null ? ViewEndpoints.NotFound($"No order {borrower}/{order}.") : Results.Json(Of(view),
            ApiJson.Default.OrderView);
    }

    private static async Task<IResult> GetJournalAsync(string borrower, long? after, int? limit,
        IGrainFactory grains, ILedgerStore store, CancellationToken ct)
    {
        if (!Values.IsValidId(borrower))
        {
            return Problems.BadParameter("borrower", "Not a valid borrower id.");
        }

        var pageSize = Math.Clamp(limit ?? 100, 1, 1000);
        var page = await grains.GetGrain<IBorrowerGrain>(borrower).GetJournalAsync(Math.Max(0, after ?? 0), pageSize);
        if (page is null)
        {
            return ViewEndpoints.NotFound($"No borrower {borrower}.");
        }

        var entries = page.Entries.Select(e => new JournalEntryView(e.Entry, Values.FormatDate(e.Date), e.EntityKind,
            e.Entity, e.Event, e.CommandId, [.. e.Postings.Select(p => new PostingView(p.Account, p.Amount))])).ToList();
        var closedThrough = (await store.GetLedgerStateAsync(ct)).ClosedThrough;
        return Results.Json(new JournalView(borrower, entries, page.Next,
            closedThrough is { } day ? Values.FormatDate(day) : null), ApiJson.Default.JournalView);
    }

    private static LineView Of(G.LineView line) => new(line.Borrower, line.Line, line.Status, line.Limit, line.Rate,
        line.DayCount, Values.FormatDate(line.ExpiryDate), Values.FormatDate(line.MaturityDate),
        line.PenaltyMultiplier, line.Principal, line.Interest, line.Penalty, line.InterestAccrued, line.PenaltyAccrued)
    {
        OriginalMaturityDate = line.OriginalMaturityDate is { } original ? Values.FormatDate(original) : null,
        Extensions = line.Extensions,
    };

    private static OrderView Of(G.OrderView order) => new(order.Borrower, order.Order, order.Supplier, order.Status,
        order.Rate, order.DayCount, Values.FormatDate(order.MaturityDate), order.PenaltyMultiplier, order.Principal,
        order.Interest, order.Penalty, order.InterestAccrued, order.PenaltyAccrued, order.ReleasedTranches,
        order.PendingTranches,
        [.. order.Tranches.Select(t => new TrancheView(t.Tranche, t.Amount,
            t.ReleaseDate is { } d ? Values.FormatDate(d) : null, t.Status))])
    {
        OriginalMaturityDate = order.OriginalMaturityDate is { } original ? Values.FormatDate(original) : null,
        Extensions = order.Extensions,
    };
}
