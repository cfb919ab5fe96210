using System.Buffers;
using Ledger.Domain;

namespace Ledger.Silo;

/// <summary>Reads a request body up to a limit; null when it is larger (answered 413). A body of declared length is
/// read straight into an array of that size, its only allocation (most requests are a few hundred bytes, and a
/// growing buffer cost 9 KB each); a chunked body grows a buffer as it comes.</summary>
internal static class BodyReader
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength is { } length)
        {
            if (length > maxBytes)
            {
                return null;
            }

            var body = new byte[length];
            var filled = 0;
            while (filled < body.Length)
            {
                var read = await request.Body.ReadAsync(body.AsMemory(filled), ct);
                if (read == 0)
                {
                    // Shorter than declared (Kestrel normally fails the read first): what came is parsed as is.
                    return body[..filled];
                }

                filled += read;
            }

            return body;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            int read;
            try
            {
                read = await request.Body.ReadAsync(buffer.GetMemory(), ct);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Past Kestrel's own limit in one read: the same 413 as past the endpoint's.
                return null;
            }

            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}

/// <summary>Problem-details answers (RFC 9457) carrying the spec's reason and the offending field.</summary>
internal static class Problems
{
    public static IResult Shape(ParseResult parsed) => Results.Problem(
        statusCode: 400,
        title: "The command fails its shape check",
        detail: parsed.Message,
        extensions: new Dictionary<string, object?>
        {
            ["reason"] = parsed.Reason.ToCode(),
            ["field"] = parsed.Field ?? "id",
            ["id"] = parsed.Id,
        });

    public static IResult BadBody(string detail) => Results.Problem(
        statusCode: 400, title: "Bad request body", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = "INVALID_COMMAND", ["field"] = "(body)" });

    /// <summary>The one 413 of both command endpoints: the same title, and the endpoint's limit as one figure in
    /// bytes (<c>limitBytes</c>, and in the detail).</summary>
    public static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: 413, title: OversizeBody.Title,
        detail: $"The body may hold at most {maxBytes} bytes; nothing was booked.",
        extensions: new Dictionary<string, object?> { ["limitBytes"] = maxBytes });

    public static IResult Retryable(string reason, string detail) => Results.Problem(
        statusCode: 503, title: "Not booked; retry", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = reason, ["retryable"] = true });

    public static IResult BadParameter(string field, string detail) => Results.Problem(
        statusCode: 400, title: "Bad parameter", detail: detail,
        extensions: new Dictionary<string, object?> { ["reason"] = "INVALID_COMMAND", ["field"] = field });
}
