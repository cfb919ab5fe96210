using Ledger.Domain;

namespace Ledger.Silo;

/// <summary>Endpoint metadata: the route needs an operator key.</summary>
internal sealed class OperatorKeyRequired;

/// <summary>Endpoint metadata: the route needs no key (<c>/health</c>, the OpenAPI document).</summary>
internal sealed class NoKeyRequired;

/// <summary>Who may call what (<see cref="ApiKeys"/>): a route marked <see cref="RequireOperatorKey"/> wants an
/// operator key, one marked <see cref="AllowWithoutKey"/> none, every other route a client or an operator key; the
/// command routes look at the records themselves (<see cref="MayRun"/>), since a ledger-scope command may come on
/// either of them.</summary>
internal static class Access
{
    /// <summary>The <c>reason</c> of the 403.</summary>
    public const string OperatorKeyReason = "OPERATOR_KEY_REQUIRED";

    public static TBuilder RequireOperatorKey<TBuilder>(this TBuilder route)
        where TBuilder : IEndpointConventionBuilder => route.WithMetadata(new OperatorKeyRequired());

    public static TBuilder AllowWithoutKey<TBuilder>(this TBuilder route)
        where TBuilder : IEndpointConventionBuilder => route.WithMetadata(new NoKeyRequired());

    /// <summary>The key checks, after routing (the route's metadata says what it wants) and before any body is read:
    /// a missing or unknown key is a 401 with <c>WWW-Authenticate: Bearer</c>, and when the request carries a body
    /// the connection is closed rather than the body read (an unauthenticated client may not make the silo read
    /// megabytes); a client key on an operator's route is a 403.</summary>
    public static void UseKeys(this WebApplication app, ApiKeys keys, SiloSettings settings) =>
        app.Use(async (http, next) =>
        {
            var endpoint = http.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<NoKeyRequired>() is not null
                || (settings.MetricsAnonymous && http.Request.Path == MetricsEndpoint.Path))
            {
                await next(http);
                return;
            }

            var kind = keys.Authenticate(http.Request.Headers.Authorization);
            if (kind is null)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
                {
                    http.Response.Headers.Connection = "close";
                }

                await Unauthorized().ExecuteAsync(http);
                return;
            }

            if (kind != KeyKind.Operator && endpoint?.Metadata.GetMetadata<OperatorKeyRequired>() is not null)
            {
                await OperatorOnly($"{http.Request.Method} {http.Request.Path} is an operator's action.")
                    .ExecuteAsync(http);
                return;
            }

            http.Features.Set(new CallerKey(kind.Value));
            await next(http);
        });

    /// <summary>Whether the caller may send <paramref name="command"/>: a ledger-scope command needs an operator key.
    /// </summary>
    public static bool MayRun(HttpContext http, LedgerCommand command) =>
        command is not LedgerScopeCommand || IsOperator(http);

    /// <summary>The index of the first item of a batch whose <c>type</c> names a ledger-scope command, well-formed or
    /// not; null when there is none.</summary>
    public static int? FirstLedgerScopeItem(System.Text.Json.JsonElement batch)
    {
        var index = 0;
        foreach (var item in batch.EnumerateArray())
        {
            if (item.ValueKind == System.Text.Json.JsonValueKind.Object
                && item.TryGetProperty("type", out var type)
                && type.ValueKind == System.Text.Json.JsonValueKind.String
                && type.GetString() is nameof(SetBusinessDate) or nameof(EndOfDay))
            {
                return index;
            }

            index++;
        }

        return null;
    }

    public static bool IsOperator(HttpContext http) => http.Features.Get<CallerKey>()?.Kind == KeyKind.Operator;

    public static IResult Unauthorized() => Results.Problem(statusCode: 401, title: "Missing or wrong API key",
        detail: "Send Authorization: Bearer KEY, a client or an operator key of this ledger.",
        extensions: new Dictionary<string, object?> { ["reason"] = "UNAUTHORIZED" });

    public static IResult OperatorOnly(string detail) => Results.Problem(statusCode: 403,
        title: "An operator key is needed", detail: $"{detail} Nothing was booked.",
        extensions: new Dictionary<string, object?> { ["reason"] = OperatorKeyReason });

    /// <summary>The kind of key the request came with (set by <see cref="UseKeys"/>).</summary>
    private sealed record CallerKey(KeyKind Kind);
}
