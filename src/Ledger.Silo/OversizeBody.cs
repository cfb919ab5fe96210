using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Ledger.Silo;

/// <summary>Answers a body over its endpoint's limit with 413 so that every client sees it. Leaving a large body
/// unread makes Kestrel close the connection (at once past its own limit, the batch limit; after a 5 s drain
/// otherwise), which resets it while the client is still sending: measured, .NET's HttpClient sends the whole body
/// before it reads the answer and then fails with a broken pipe, and a client that retries connection failures
/// (Node's fetch was reported to) sends it again, never seeing the 413. So the 413 is sent and flushed at once
/// (Node's fetch and curl, which read while sending or wait for <c>100-continue</c>, stop there), then the rest of
/// the body is read and thrown away, up to <see cref="DiscardLimitBytes"/>, so that a client that sends it all
/// reads the answer from an open connection, which then serves its next request. A body declared larger than that
/// bound is answered with <c>Connection: close</c> and the connection closed after the bound: fetch and curl still
/// see the 413, HttpClient a broken pipe.</summary>
internal static class OversizeBody
{
    /// <summary>The most of an oversize body read and discarded: eight batches' worth.</summary>
    public const long DiscardLimitBytes = 64L * 1024 * 1024;

    public const string Title = "Request body too large";

    public static async Task<IResult> AnswerAsync(HttpContext http, long maxBytes)
    {
        var request = http.Request;
        var bound = Math.Min(request.ContentLength ?? DiscardLimitBytes, DiscardLimitBytes);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            // Kestrel refuses to read past its own limit (the batch limit); the discarded bytes may go beyond it.
            sizeLimit.MaxRequestBodySize = Math.Max(sizeLimit.MaxRequestBodySize ?? 0, bound);
        }

        if (request.ContentLength > DiscardLimitBytes)
        {
            http.Response.Headers.Connection = "close";
        }

        await Problems.TooLarge(maxBytes).ExecuteAsync(http);
        await http.Response.CompleteAsync();
        await DiscardAsync(request.Body, bound, http.RequestAborted);
        return Results.Empty;
    }

    private static async Task DiscardAsync(Stream body, long bound, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long discarded = 0;
            while (discarded < bound)
            {
                var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, bound - discarded)),
                    ct);
                if (read == 0)
                {
                    return;
                }

                discarded += read;
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // The client went away, sent too slowly, or past Kestrel's limit: the answer is out; nothing to add.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
