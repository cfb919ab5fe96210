using System.Text;
using Ledger.Domain;
using Ledger.Grains;
using Ledger.Runtime;
using Ledger.Storage;

namespace Ledger.Silo;

/// <summary>Read endpoints: a borrower, a line, an order, a borrower's journal (home-made runtime; on Orleans see
/// <see cref="GrainViewEndpoints"/>), and for every silo the snapshot, journal, audit, status, health.</summary>
internal static class ViewEndpoints
{
    /// <summary>The routes every silo has, whichever runtime it runs: health, status and the ledger-wide reads (one
    /// consistent read of the store each).</summary>
    public static void MapCommon(WebApplication app)
    {
        app.MapGet("/health", () => Results.Json(new HealthView("ok"), ApiJson.Default.HealthView))
            .WithName("Health").WithSummary("Liveness; needs no key.").AllowWithoutKey();
        app.MapGet("/v1/status", async (ISiloFigures figures, CancellationToken ct) =>
            {
                var closing = await figures.ReadClosingAsync(ct);
                return Results.Json(Views.Of(figures.SiloId, figures.Counts, closing), ApiJson.Default.StatusView);
            })
            .WithName("Status").WithSummary(
                "This silo: partitions, activations, commits, business date; end of day's progress.");
        app.MapGet("/v1/journal", WriteJournalAsync)
            .WithName("GetWholeJournal").RequireOperatorKey()
            .WithSummary("Every journal posting of the ledger as JSON Lines, streamed from the store (for verify).");
        app.MapGet("/v1/audit", WriteAuditAsync)
            .WithName("GetAudit").RequireOperatorKey().WithSummary(
                "Every journal posting as JSON Lines, then one last line {\"snapshot\": ...}, all from one "
                + "consistent read (for verify).");
        app.MapGet("/v1/snapshot", WriteSnapshotAsync)
            .WithName("GetSnapshot").RequireOperatorKey().WithSummary("The snapshot of stream-format.md, streamed from the store.");
    }

    /// <summary>The read routes of a silo on the home-made runtime.</summary>
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

    private static async Task<IResult> GetBorrowerAsync(string borrower, LedgerEngine engine, CancellationToken ct)
    {
        if (!Values.IsValidId(borrower))
        {
            return Problems.BadParameter("borrower", "Not a valid borrower id.");
        }

        var view = await engine.ReadBorrowerAsync(borrower, Views.Of, ct);
        return view is null ? NotFound($"No borrower {borrower}.") : Results.Json(view, ApiJson.Default.BorrowerView);
    }

    private static async Task<IResult> GetLineAsync(string borrower, string line, LedgerEngine engine,
        CancellationToken ct)
    {
        if (!Values.IsValidId(borrower) || !Values.IsValidId(line))
        {
            return Problems.BadParameter("line", "Not a valid borrower or line id.");
        }

        var view = await engine.ReadBorrowerAsync(borrower,
            book => book.Lines.TryGetValue(line, out var l) ? Views.Of(borrower, l) : null, ct);
        return view is null ? NotFound($"No line {borrower}/{line}.") : Results.Json(view, ApiJson.Default.LineView);
    }

    private static async Task<IResult> GetOrderAsync(string borrower, string order, LedgerEngine engine,
        CancellationToken ct)
    {
        if (!Values.IsValidId(borrower) || !Values.IsValidId(order))
        {
            return Problems.BadParameter("order", "Not a valid borrower or order id.");
        }

        var view = await engine.ReadBorrowerAsync(borrower,
            book => book.Orders.TryGetValue(order, out var o) ? Views.Of(borrower, o) : null, ct);
        return view is null
            ? NotFound($"No order {borrower}/{order}.")
            : Results.Json(view, ApiJson.Default.OrderView);
    }

    private static async Task<IResult> GetJournalAsync(string borrower, long? after, int? limit,
        LedgerEngine engine, CancellationToken ct)
    {
        if (!Values.IsValidId(borrower))
        {
            return Problems.BadParameter("borrower", "Not a valid borrower id.");
        }

        var pageSize = Math.Clamp(limit ?? 100, 1, 1000);
        var postings = await engine.ReadJournalAsync(borrower, Math.Max(0, after ?? 0), pageSize, ct);
        if (postings.Count == 0 && await engine.ReadBorrowerAsync(borrower, _ => "exists", ct) is null)
        {
            return NotFound($"No borrower {borrower}.");
        }

        var entries = postings
            .GroupBy(p => p.EntrySeq)
            .Select(g => new JournalEntryView(g.Key, Values.FormatDate(g.First().BusinessDate),
                g.First().EntityKind.ToString().ToLowerInvariant(), g.First().EntityId, g.First().Event,
                g.First().CommandId, [.. g.Select(p => new PostingView(p.Account, p.AmountMinor))]))
            .ToList();
        long? next = entries.Count == pageSize ? entries[^1].Entry : null;
        var closedThrough = await engine.GetClosedThroughAsync(ct);
        return Results.Json(new JournalView(borrower, entries, next,
                closedThrough is { } day ? Values.FormatDate(day) : null), ApiJson.Default.JournalView);
    }

    private static async Task WriteSnapshotAsync(HttpContext http, ILedgerStore store)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        await LedgerReads.WriteSnapshotAsync(store,
            async (text, ct) => await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct),
            http.RequestAborted);
    }

    private static async Task WriteJournalAsync(HttpContext http, ILedgerStore store)
    {
        http.Response.ContentType = "application/x-ndjson; charset=utf-8";
        var lines = new PostingLines(http.Response.Body);
        await foreach (var p in LedgerReads.StreamJournalAsync(store, http.RequestAborted))
        {
            await lines.WriteAsync(p, http.RequestAborted);
        }

        await lines.FlushAsync(http.RequestAborted);
    }

    private static async Task WriteAuditAsync(HttpContext http, ILedgerStore store)
    {
        http.Response.ContentType = "application/x-ndjson; charset=utf-8";
        var lines = new PostingLines(http.Response.Body);
        var snapshotStarted = false;
        await LedgerReads.WriteAuditAsync(store, lines.WriteAsync, async (text, ct) =>
        {
            if (!snapshotStarted)
            {
                snapshotStarted = true;
                await lines.FlushAsync(ct);
                await http.Response.Body.WriteAsync("{\"snapshot\":"u8.ToArray(), ct);
            }

            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        }, http.RequestAborted);
        await http.Response.Body.WriteAsync("}\n"u8.ToArray(), http.RequestAborted);
    }

    /// <summary>Journal postings as JSON Lines, written in blocks of about 60 KB.</summary>
    private sealed class PostingLines(Stream body)
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1 << 16);
        private System.Text.Json.Utf8JsonWriter? _writer;

        public async ValueTask WriteAsync(Ledger.Storage.JournalPosting p, CancellationToken ct)
        {
            var buffer = _buffer;
            var writer = _writer ??= new System.Text.Json.Utf8JsonWriter(buffer);
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteString("borrower", p.BorrowerId);
            writer.WriteNumber("entry", p.EntrySeq);
            writer.WriteNumber("posting", p.PostingNo);
            writer.WriteString("date", Values.FormatDate(p.BusinessDate));
            writer.WriteString("entityKind", p.EntityKind.ToString().ToLowerInvariant());
            writer.WriteString("entity", p.EntityId);
            writer.WriteString("event", p.Event);
            writer.WriteString("account", p.Account);
            writer.WriteNumber("amount", p.AmountMinor);
            writer.WriteEndObject();
            writer.Flush();
            System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
            if (buffer.WrittenCount > 60_000)
            {
                await FlushAsync(ct);
            }
        }

        public async ValueTask FlushAsync(CancellationToken ct)
        {
            await body.WriteAsync(_buffer.WrittenMemory, ct);
            _buffer.ResetWrittenCount();
        }
    }

    internal static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found",
        detail: detail);
}
