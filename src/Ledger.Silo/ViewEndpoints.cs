using System.Text;
using Ledger.Domain;
using Ledger.Grains;
using Ledger.Storage;

namespace Ledger.Silo;

/// <summary>The silo's ledger-wide read endpoints (snapshot, journal, audit; each one consistent read of the store),
/// status and health. A borrower's, a line's and an order's views are the grains' (<see cref="GrainViewEndpoints"/>).
/// </summary>
internal static class ViewEndpoints
{
    /// <summary>Health, status and the ledger-wide reads.</summary>
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
