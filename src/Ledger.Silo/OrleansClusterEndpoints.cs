using Ledger.Grains;
using Orleans.Runtime;

namespace Ledger.Silo;

/// <summary>The operator's cluster routes on Orleans, from Orleans' membership (<see cref="IManagementGrain"/>):
/// the silos with their status, and the drain of one silo. A silo's endpoint is its Orleans address.</summary>
internal static class OrleansClusterEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/v1/cluster/silos", async (IGrainFactory grains) =>
            {
                var management = grains.GetGrain<IManagementGrain>(0);
                var hosts = await management.GetDetailedHosts(onlyActive: false);
                var activations = await ActivationsAsync(management,
                    [.. hosts.Where(h => h.Status == Orleans.Runtime.SiloStatus.Active).Select(h => h.SiloAddress)]);
                var view = hosts.OrderBy(h => h.SiloName, StringComparer.Ordinal)
                    .ThenBy(h => h.StartTime)
                    .Select(h => new SiloView(h.SiloName, h.SiloAddress.ToString(), StatusText(h.Status),
                        new DateTimeOffset(h.StartTime, TimeSpan.Zero),
                        new DateTimeOffset(h.IAmAliveTime, TimeSpan.Zero),
                        activations.TryGetValue(h.SiloAddress, out var count) ? count : null))
                    .ToArray();
                return Results.Json(view, ClusterJson.Default.SiloViewArray);
            })
            .WithName("Silos").WithSummary(
                "Every silo of Orleans' membership table with its status and, while active, its activations.")
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

    /// <summary>Each active silo's activation count (<see cref="IManagementGrain.GetRuntimeStatistics"/>); none
    /// when a silo cannot answer now (one that is stopping, or dead and not yet declared so).</summary>
    private static async Task<Dictionary<SiloAddress, int>> ActivationsAsync(IManagementGrain management,
        SiloAddress[] silos)
    {
        var counts = new Dictionary<SiloAddress, int>();
        await Task.WhenAll(silos.Select(async silo =>
        {
            try
            {
                var statistics = await management.GetRuntimeStatistics([silo]).WaitAsync(TimeSpan.FromSeconds(2));
                lock (counts)
                {
                    counts[silo] = statistics[0].ActivationCount;
                }
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException)
            {
                // Shown without a count.
            }
        }));
        return counts;
    }

    private static string StatusText(Orleans.Runtime.SiloStatus status) => status switch
    {
        Orleans.Runtime.SiloStatus.Active => "active",
        Orleans.Runtime.SiloStatus.ShuttingDown or Orleans.Runtime.SiloStatus.Stopping => "draining",
        Orleans.Runtime.SiloStatus.Dead => "stopped",
        _ => status.ToString().ToLowerInvariant(),
    };
}
