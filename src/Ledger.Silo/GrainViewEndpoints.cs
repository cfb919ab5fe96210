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

    private static async Task<IResult> GetBorrowerAsync(string borrower, IGrainFactory grains, HttpContext http)
    {
        if (!Values.IsValidId(borrower))
        {
            return Problems.BadParameter("borrower", "Not a valid borrower id.");
        }

        return await AnswerAsync(http, async () =>
        {
            var view = await GrainReferences.Get<IBorrowerGrain>(grains, borrower).GetAsync();
            return view is null
                ? ViewEndpoints.NotFound($"No borrower {borrower}.")
                : Results.Json(new BorrowerView(view.Borrower, view.Limit, view.Exposure, view.Frozen, view.Lines,
                    view.Orders), ApiJson.Default.BorrowerView);
        });
    }

    private static async Task<IResult> GetLineAsync(string borrower, string line, IGrainFactory grains,
        HttpContext http)
    {
        if (!Values.IsValidId(borrower) || !Values.IsValidId(line))
        {
            return Problems.BadParameter("line", "Not a valid borrower or line id.");
        }

        // Through the borrower grain, which holds the line's state, rather than the line grain's extra hop.
        return await AnswerAsync(http, async () =>
            await GrainReferences.Get<IBorrowerGrain>(grains, borrower).GetLineAsync(line) is { } view
                ? Results.Json(Of(view), ApiJson.Default.LineView)
                : ViewEndpoints.NotFound($"No line {borrower}/{line}."));
    }

    private static async Task<IResult> GetOrderAsync(string borrower, string order, IGrainFactory grains,
        HttpContext http)
    {
        if (!Values.IsValidId(borrower) || !Values.IsValidId(order))
        {
            return Problems.BadParameter("order", "Not a valid borrower or order id.");
        }

        return await AnswerAsync(http, async () =>
            await GrainReferences.Get<IBorrowerGrain>(grains, borrower).GetOrderAsync(order) is { } view
                ? Results.Json(Of(view), ApiJson.Default.OrderView)
                : ViewEndpoints.NotFound($"No order {borrower}/{order}."));
    }

    private static async Task<IResult> GetJournalAsync(string borrower, long? after, int? limit,
        IGrainFactory grains, ILedgerStore store, HttpContext http, CancellationToken ct)
    {
        if (!Values.IsValidId(borrower))
        {
            return Problems.BadParameter("borrower", "Not a valid borrower id.");
        }

        var pageSize = Math.Clamp(limit ?? 100, 1, 1000);
        JournalPage? page;
        try
        {
            page = await GrainReferences.Get<IBorrowerGrain>(grains, borrower).GetJournalAsync(Math.Max(0, after ?? 0), pageSize);
        }
        catch (Exception ex) when (GrainFailures.IsRetryable(ex))
        {
            return NotAnswered(http, ex);
        }

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

    /// <summary>A view's grain call; a retryable failure of it (the store unavailable, a book not loaded under memory
    /// pressure, a silo stopping) is answered here as a command's is, 503 with <c>Retry-After</c> and its reason,
    /// rather than by the error handler, which would log each one as an unhandled error.</summary>
    private static async Task<IResult> AnswerAsync(HttpContext http, Func<Task<IResult>> view)
    {
        try
        {
            return await view();
        }
        catch (Exception ex) when (GrainFailures.IsRetryable(ex))
        {
            return NotAnswered(http, ex);
        }
    }

    private static IResult NotAnswered(HttpContext http, Exception failure)
    {
        http.Response.Headers.RetryAfter = "1";
        return Problems.Retryable(GrainFailures.ReasonOf(failure), $"Not answered now: {failure.Message}");
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
