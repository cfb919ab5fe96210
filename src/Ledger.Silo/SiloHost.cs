using Ledger.Runtime;
using Ledger.Runtime.Storage;
using Ledger.Storage.Postgres;
using Ledger.Storage.Sqlite;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace Ledger.Silo;

/// <summary>A silo: the web host (Kestrel, API, engine). Built from command-line style arguments, so tests
/// start silos in-process exactly as the executable does.</summary>
public sealed class SiloHost : IAsyncDisposable
{
    private SiloHost(WebApplication app, string siloId, string banner)
    {
        App = app;
        SiloId = siloId;
        Banner = banner;
    }

    public WebApplication App { get; }

    public string SiloId { get; }

    /// <summary>One line saying which silo, which store, where the key is (never the key).</summary>
    public string Banner { get; }

    public static SiloHost Build(string[] args)
    {
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
        var apiKey = ApiKey.Resolve(settings.Data);
        var siloId = SiloIdentity.Resolve(settings);

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxBatchBodyBytes + 1);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ILedgerStore>(sp => string.IsNullOrWhiteSpace(settings.Postgres)
            ? new SqliteLedgerStore(Path.Combine(settings.Data, "ledger.db"), sp.GetRequiredService<TimeProvider>())
            : new PostgresLedgerStore(settings.Postgres, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new LedgerEngine(sp.GetRequiredService<ILedgerStore>(),
            settings.ToRuntimeOptions(siloId), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddHostedService<EngineHost>();

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(ErrorResponses.WriteAsync));
        app.UseStatusCodePages();
        app.Use(async (http, next) =>
        {
            if (http.Request.Path != "/health" && !apiKey.Accepts(http.Request.Headers.Authorization))
            {
                await Results.Problem(statusCode: 401, title: "Missing or wrong API key",
                    detail: "Send Authorization: Bearer KEY.").ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        app.MapOpenApi();
        CommandEndpoints.Map(app, settings);
        ViewEndpoints.Map(app);

        var store = string.IsNullOrWhiteSpace(settings.Postgres) ? $"embedded SQLite in {settings.Data}" : "PostgreSQL";
        return new SiloHost(app, siloId, $"Ledger silo {siloId} on {store}. API key: see {apiKey.Source}.");
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Starts the engine with the host and stops it (committing what is queued) on shutdown.</summary>
internal sealed class EngineHost(LedgerEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await engine.DisposeAsync();
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

/// <summary>Maps faults to answers: a retryable ledger condition is a 503 the client follows; a bad request
/// (oversize, unreadable) keeps its 4xx; anything else is a 500 and is logged.</summary>
internal static class ErrorResponses
{
    public static async Task WriteAsync(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var result = error switch
        {
            RetryableLedgerException retryable => Problems.Retryable(retryable),
            BadHttpRequestException bad => Results.Problem(statusCode: bad.StatusCode, title: "Bad request",
                detail: bad.Message),
            _ => Results.Problem(statusCode: 500, title: "Internal error"),
        };
        if (error is RetryableLedgerException)
        {
            http.Response.Headers.RetryAfter = "1";
        }

        await result.ExecuteAsync(http);
    }
}
