using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Ledger.Silo;

/// <summary>Pushes the silo's meter to an OpenTelemetry collector over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, and does nothing otherwise (<c>/metrics</c> is always there). The other standard <c>OTEL_*</c> settings
/// (protocol, headers, export interval, service name) apply as the SDK defines them; they are read from the silo's
/// configuration, so the environment and the command line both work.</summary>
internal sealed class OtlpMetricsExport(SiloMetrics metrics, ISiloFigures figures, IConfiguration configuration)
    : IHostedService, IDisposable
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private MeterProvider? _provider;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointKey]))
        {
            return Task.CompletedTask;
        }

        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "ledger-silo";
        // The SDK subscribes by meter name: another silo in the same process (tests only) would be exported too,
        // told apart by its silo tag.
        _provider = Sdk.CreateMeterProviderBuilder()
            .ConfigureServices(services => services.AddSingleton(configuration))
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: figures.SiloId,
                autoGenerateServiceInstanceId: false))
            .AddMeter(metrics.Meter.Name)
            .AddOtlpExporter()
            .Build();
        return Task.CompletedTask;
    }

    /// <summary>Disposing the provider exports once more, so the collector sees the silo's last figures.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _provider?.Dispose();
        _provider = null;
    }
}
