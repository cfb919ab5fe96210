using Ledger.Grains;
using Orleans.Runtime;

namespace Ledger.Silo;

/// <summary>The operator's cluster routes on Orleans, from Orleans' membership (<see cref="IManagementGrain"/>):
/// the silos with their status, and the drain of one silo. Same routes and JSON as on the home-made runtime; a silo's
/// endpoint is its Orleans address, and it owns no partitions.</summary>
internal static class OrleansClusterEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/v1/cluster/silos", async (IGrainFactory grains) =>
            {
                var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
                var view = hosts.OrderBy(h => h.SiloName, StringComparer.Ordinal).Select(h => new SiloView(
                    h.SiloName, h.SiloAddress.ToString(), StatusText(h.Status),
                    new DateTimeOffset(h.StartTime, TimeSpan.Zero), new DateTimeOffset(h.IAmAliveTime, TimeSpan.Zero),
                    0)).ToArray();
                return Results.Json(view, ClusterJson.Default.SiloViewArray);
            })
            .WithName("Silos").WithSummary("Every silo of Orleans' membership table with its status.")
            .RequireOperatorKey();
        app.MapPost("/v1/cluster/drain/{silo}", async (string silo, IGrainFactory grains) =>
            {
                var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: true);
                var target = hosts.FirstOrDefault(h => h.SiloName == silo);
                if (target is null)
                {
                    return Results.Problem(statusCode: 404, title: "Not found", detail: $"No active silo {silo}.");
                }

                await SiloControl.DrainAsync(grains, target.SiloAddress);
                return Results.Json(new DrainView(silo, "draining"), ClusterJson.Default.DrainView, statusCode: 202);
            })
            .WithName("Drain").WithSummary("Ask a silo to stop gracefully; Orleans moves its books to the others.")
            .RequireOperatorKey();
    }

    private static string StatusText(Orleans.Runtime.SiloStatus status) => status switch
    {
        Orleans.Runtime.SiloStatus.Active => "active",
        Orleans.Runtime.SiloStatus.ShuttingDown or Orleans.Runtime.SiloStatus.Stopping => "draining",
        Orleans.Runtime.SiloStatus.Dead => "stopped",
        _ => status.ToString().ToLowerInvariant(),
    };
}
