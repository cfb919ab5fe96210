using System.Text;
using Orleans.Dashboard;

namespace Ledger.Silo;

/// <summary>Orleans' dashboard (<c>Microsoft.Orleans.Dashboard</c>) at <c>/dashboard/</c>, for an operator's browser:
/// behind HTTP Basic authentication whose password is an operator key (any user name), so the browser asks for it
/// once; an operator key as <c>Authorization: Bearer</c> is accepted too. A client key opens nothing here.
/// <c>--dashboard off</c> leaves it out, and its cost with it (a grain call filter that profiles every call).</summary>
internal static class DashboardAccess
{
    public const string Prefix = "/dashboard";

    private const string Challenge = "Basic realm=\"Ledger dashboard\", charset=\"UTF-8\"";

    /// <summary>The dashboard's routes: out of the OpenAPI document, and past the bearer-key check (the check of
    /// <see cref="UseDashboardAccess"/> guards them).</summary>
    public static void Map(WebApplication app) =>
        app.MapOrleansDashboard(routePrefix: Prefix).ExcludeFromDescription().AllowWithoutKey();

    /// <summary>Every request under <see cref="Prefix"/>, whether a route of the dashboard answers it or not, must
    /// carry an operator key (as the password of Basic credentials, or a bearer key), else it is a 401 with a Basic
    /// challenge, so that a browser asks for the credentials.</summary>
    public static void UseDashboardAccess(this WebApplication app, ApiKeys keys, SiloSettings settings) =>
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal)
                && !Accepts(keys, http.Request.Headers.Authorization))
            {
                http.Response.Headers.WWWAuthenticate = Challenge;
                await Results.Problem(statusCode: 401, title: "Missing or wrong key",
                        detail: settings.Dashboard
                            ? "The dashboard wants HTTP Basic authentication with an operator key as the password."
                            : "The dashboard is off (--dashboard off); an operator key is needed here anyway.",
                        extensions: new Dictionary<string, object?> { ["reason"] = "UNAUTHORIZED" })
                    .ExecuteAsync(http);
                return;
            }

            await next(http);
        });

    /// <summary>Basic credentials whose password is an operator key, or an operator's bearer key.</summary>
    private static bool Accepts(ApiKeys keys, string? authorization)
    {
        const string basic = "Basic ";
        if (authorization is null || !authorization.StartsWith(basic, StringComparison.OrdinalIgnoreCase))
        {
            return keys.Authenticate(authorization) == KeyKind.Operator;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[basic.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && keys.Authenticate("Bearer " + decoded[(colon + 1)..]) == KeyKind.Operator;
    }
}
