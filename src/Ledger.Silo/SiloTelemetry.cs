using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Ledger.Silo;

/// <summary>The silo's metrics through OpenTelemetry: one meter provider in the host reads the ledger's own meter
/// (<see cref="SiloMetrics"/>), ASP.NET Core's (request duration per route), Kestrel's, the .NET runtime's, Npgsql's and
/// Orleans', and hands them to the Prometheus exporter behind <c>GET /metrics</c> and, when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to the OTLP exporter. The other standard <c>OTEL_*</c> settings
/// (protocol, headers, export interval) apply as the SDK defines them, read from the silo's configuration, so the
/// environment and the command line both work.</summary>
internal static class SiloTelemetry
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters read, by name: the ledger's, then those of the libraries the silo is made of.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        SiloMetrics.MeterName,
        // http.server.request.duration by http.route, method and status; active requests.
        "Microsoft.AspNetCore.Hosting",
        // Connections, TLS handshakes, queued requests.
        "Microsoft.AspNetCore.Server.Kestrel",
        // GC, heap, thread pool, lock contention, exceptions (the runtime's own meter since .NET 9).
        "System.Runtime",
        // Connection pools, command duration (cluster mode: the PostgreSQL store and Orleans' ADO.NET providers).
        "Npgsql",
        // Grain calls, activations, messaging, membership.
        "Microsoft.Orleans",
    ];

    public static void Add(WebApplicationBuilder builder, string siloId)
    {
        var configuration = builder.Configuration;
        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "ledger-silo";
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: siloId,
                autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter([.. Meters]);
                ((IDeferredMeterProviderBuilder)metrics).Configure((services, b) =>
                    b.AddView(OwnMetersOnly(services.GetRequiredService<IMeterFactory>())));
                metrics.AddPrometheusExporter(MetricsEndpoint.Configure);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
    }

    /// <summary>Drops the instruments of meters another host's factory made: silos sharing a process (tests) each
    /// read their own ledger, ASP.NET Core and Orleans meters, never another's. Meters made without a factory (the
    /// runtime's, Npgsql's) belong to the process and are read as they are.</summary>
    private static Func<Instrument, MetricStreamConfiguration?> OwnMetersOnly(IMeterFactory own) => instrument =>
        instrument.Meter.Scope is { } scope && !ReferenceEquals(scope, own) ? MetricStreamConfiguration.Drop : null;
}
