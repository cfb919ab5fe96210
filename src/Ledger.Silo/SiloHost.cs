using Ledger.Storage;
using Ledger.Storage.Postgres;
using Ledger.Storage.Sqlite;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Ledger.Silo;

/// <summary>A silo: the web host (Kestrel, HTTP API) co-hosting an Orleans silo of the ledger's grains. Built from command-line style arguments, so tests
/// start silos in-process exactly as the executable does.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private readonly DataDirectoryLock _dataLock;

    private SiloHost(WebApplication app, SiloSettings settings, string siloId, string banner, DataDirectoryLock dataLock)
    {
        _dataLock = dataLock;
        App = app;
        Settings = settings;
        SiloId = siloId;
        Banner = banner;
    }

    public WebApplication App { get; }

    internal SiloSettings Settings { get; }

    public string SiloId { get; }

    /// <summary>One line saying which silo, which store, where the key is (never the key).</summary>
    public string Banner { get; }

    /// <summary>Builds a silo, or throws <see cref="SiloSettingsException"/> (an unknown option, a bad value) or
    /// <see cref="DataDirectoryInUseException"/> (another live silo holds <c>--data</c>).</summary>
    public static SiloHost Build(string[] args) => Build(args, decorateStore: null);

    /// <summary>As <see cref="Build(string[])"/>, the store the silo opens wrapped by <paramref name="decorateStore"/>
    /// (tests break it on purpose) and <paramref name="services"/> registering last (tests: a clock of their own for
    /// the scheduled end of day).</summary>
    internal static SiloHost Build(string[] args, Func<ILedgerStore, ILedgerStore>? decorateStore,
        Action<IServiceCollection>? services = null)
    {
        SiloCommandLine.Validate(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = args,
                // appsettings.json sits beside the binary, whatever the working directory.
                ContentRootPath = AppContext.BaseDirectory,
            });
        builder.Configuration.AddEnvironmentVariables("LEDGER_");
        builder.Configuration.AddCommandLine(args);
        var settings = SiloSettings.From(builder.Configuration);
        Directory.CreateDirectory(settings.Data);
        var dataLock = DataDirectoryLock.Acquire(settings.Data);
        try
        {
            return Build(builder, settings, dataLock, decorateStore ?? (store => store), services);
        }
        catch
        {
            dataLock.Dispose();
            throw;
        }
    }

    private static SiloHost Build(WebApplicationBuilder builder, SiloSettings settings, DataDirectoryLock dataLock,
        Func<ILedgerStore, ILedgerStore> decorateStore, Action<IServiceCollection>? services)
    {
        var keys = ApiKeys.Resolve(settings.Data, clusterMode: !string.IsNullOrWhiteSpace(settings.Postgres));
        var siloId = SiloIdentity.Resolve(settings);

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxBatchBodyBytes + 1);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        Func<IServiceProvider, ILedgerStore> store = sp => decorateStore(string.IsNullOrWhiteSpace(settings.Postgres)
            ? new SqliteLedgerStore(Path.Combine(settings.Data, "ledger.db"), sp.GetRequiredService<TimeProvider>())
            : new PostgresLedgerStore(settings.Postgres, sp.GetRequiredService<TimeProvider>()));
        OrleansSilo.Configure(builder, settings, siloId, store);
        builder.Services.AddSingleton<SiloMetrics>();
        SiloTelemetry.Add(builder, siloId);

        services?.Invoke(builder.Services);
        var app = builder.Build();
        // The ledger's meter exists from the start, so the first scrape or export has its instruments.
        app.Services.GetRequiredService<SiloMetrics>();
        app.UseExceptionHandler(errors => errors.Run(ErrorResponses.WriteAsync));
        app.UseStatusCodePages();
        // The dashboard's pages are a browser's: HTTP Basic with an operator key as the password, checked here for
        // every path under it (its routes are marked AllowWithoutKey for the bearer-key check that follows).
        app.UseDashboardAccess(keys, settings);
        app.UseKeys(keys, settings);
        OpenApiDocument.Map(app);
        ViewEndpoints.MapCommon(app);
        MetricsEndpoint.Map(app);
        GrainCommandEndpoints.Map(app, settings);
        GrainViewEndpoints.Map(app);
        OrleansClusterEndpoints.Map(app);
        EndOfDayScheduleEndpoints.Map(app);
        if (settings.Dashboard)
        {
            DashboardAccess.Map(app);
        }

        var where = string.IsNullOrWhiteSpace(settings.Postgres) ? $"embedded SQLite in {settings.Data}" : "PostgreSQL";
        return new SiloHost(app, settings, siloId,
            $"Ledger silo {siloId} on {where}, Orleans (silo port {settings.SiloPort}, gateway port "
            + $"{settings.GatewayPort}{(settings.Tls is null ? "" : ", mutual TLS")}). Keys: {keys.Sources}.", dataLock);
    }

    /// <summary>Creates or migrates the ledger's schema (the silo does it as it starts otherwise): throws
    /// <see cref="SchemaMigrationRefusedException"/> when the database cannot be upgraded now.</summary>
    public Task MigrateAsync() => App.Services.GetRequiredService<Ledger.Grains.LedgerServices>().PartitionCountAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.DisposeAsync();
        }
        finally
        {
            _dataLock.Dispose();
        }
    }
}

/// <summary>This silo's id: configured, or kept in the data directory so a restart is the same silo.</summary>
internal static class SiloIdentity
{
    public static string Resolve(SiloSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.SiloId))
        {
            return settings.SiloId;
        }

        var path = Path.Combine(settings.Data, "silo-id");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, $"silo-{Guid.NewGuid():N}"[..17]);
        }

        return File.ReadAllText(path).Trim();
    }
}

/// <summary>Maps faults to answers: a retryable ledger condition is a 503 the client follows (a transient failure of
/// the store, classified by the store, reached an endpoint that reads it directly: snapshot, journal, status; or a
/// grain call Orleans could not deliver or answer in time); a bad request (oversize, unreadable) keeps its 4xx;
/// anything else is a bug: a 500, logged as one.</summary>
internal static partial class ErrorResponses
{
    public static async Task WriteAsync(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var storeFailure = error is null
            ? StoreFailure.Fault
            : http.RequestServices.GetService<ILedgerStore>()?.Classify(error) ?? StoreFailure.Fault;
        var retryable = storeFailure != StoreFailure.Fault || (error is not null && GrainFailures.IsRetryable(error));
        var result = error switch
        {
            _ when storeFailure != StoreFailure.Fault => Problems.Retryable("STORE_UNAVAILABLE",
                $"The ledger's store is unavailable; nothing was changed. Ask again: {error!.Message}"),
            _ when retryable => Problems.Retryable(GrainFailures.ReasonOf(error!),
                $"Not answered now: {error!.Message}"),
            // Kestrel's own 413 (a body past its limit on a route that reads one itself) has the command routes'
            // title.
            BadHttpRequestException bad => Results.Problem(statusCode: bad.StatusCode,
                title: bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? OversizeBody.Title : "Bad request",
                detail: bad.Message),
            _ => Results.Problem(statusCode: 500, title: "Internal error"),
        };
        if (retryable)
        {
            http.Response.Headers.RetryAfter = "1";
        }
        else if (error is not BadHttpRequestException)
        {
            LogBug(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorResponses)),
                error, http.Request.Method, http.Request.Path);
        }

        await result.ExecuteAsync(http);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "A bug: {Method} {Path} failed and was answered 500")]
    private static partial void LogBug(ILogger logger, Exception? exception, string method, string path);
}
