using Ledger.Grains;
using Ledger.Storage;
using Ledger.Storage.Postgres;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime.Hosting;

namespace Ledger.Silo;

/// <summary>The silo on Microsoft Orleans: the web host co-hosts an Orleans silo whose grains (<see
/// cref="Ledger.Grains"/>) hold the books; the HTTP API calls them (<see cref="GrainCommandEndpoints"/>, <see
/// cref="GrainViewEndpoints"/>).</summary>
internal static class OrleansSilo
{
    /// <summary>Orleans' cluster and service id: one ledger is one Orleans service.</summary>
    public const string ClusterId = "ledger";

    public static void Configure(WebApplicationBuilder builder, SiloSettings settings, string siloId,
        Func<IServiceProvider, ILedgerStore> store)
    {
        // Before Orleans' own hosted service: the ledger's migrations create Orleans' membership table, which the
        // silo reads as it starts (hosted services start one after another, in this order).
        builder.Services.AddHostedService<LedgerSchema>();
        // Orleans runs grain placement through a Polly pipeline that logs two Information lines per activation: at
        // a million borrower grains that is two million lines (hundreds of megabytes) for nothing an operator reads.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        // Also before Orleans, so that it stops after it: logs how long the graceful stop took.
        builder.Services.AddHostedService<GracefulStopLog>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<SiloOptions>(o => o.SiloName = siloId);
            if (string.IsNullOrWhiteSpace(settings.Postgres))
            {
                // Embedded: one silo on loopback, no membership store.
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: ClusterId,
                    clusterId: ClusterId);
                // The scheduled end of day: its schedule is grain state in the SQLite store, and its reminder lives
                // in memory, registered again from that state as the silo starts (ScheduledEndOfDayStart). A single
                // silo loses nothing by it: a check closes the business date whenever its closing time has passed,
                // so the first tick after a restart closes a day that fell due while the silo was down.
                silo.UseInMemoryReminderService();
                silo.Services.AddGrainStorage(OperatorGrainState.StorageName, (sp, _) =>
                    ActivatorUtilities.CreateInstance<SqliteGrainStorage>(sp));
            }
            else
            {
                // Cluster mode: the silos of one ledger find each other in Orleans' membership table in the
                // ledger's own database (created by the store's migrations, OrleansSchema).
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
                if (settings.SiloAddress is { } address)
                {
                    silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort,
                        listenOnAnyHostAddress: true);
                }
                else
                {
                    silo.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort);
                }

                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = OrleansSchema.ConnectionString(settings.Postgres);
                });
                ClusterLiveness.Configure(silo);
                // The scheduled end of day: its reminder in Orleans' reminder table and its schedule (grain state
                // that holds no money) in Orleans' grain storage table, both in the ledger's database.
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = OrleansSchema.ConnectionString(settings.Postgres);
                });
                silo.AddAdoNetGrainStorage(OperatorGrainState.StorageName, o =>
                {
                    o.Invariant = OrleansSchema.Invariant;
                    o.ConnectionString = OrleansSchema.ConnectionString(settings.Postgres);
                });
            }

            if (settings.Dashboard)
            {
                silo.AddDashboard();
            }

            // Mutual TLS on the gateway and silo ports when configured (OrleansTls); plain TCP otherwise.
            settings.Tls?.Configure(silo);

            silo.Configure<GrainCollectionOptions>(o => ConfigureCollection(o, settings));
            silo.Configure<GrainDirectoryOptions>(o => ConfigureDirectory(o, settings));
            silo.Services.AddLedgerGrains(GrainOptions(settings, siloId), store);
            silo.Services.AddLedgerSweep(SweepOptions(settings));
        });
        builder.Services.AddSingleton<ISiloFigures, OrleansFigures>();
        // After Orleans' own hosted service, so the silo is up when it runs.
        builder.Services.AddHostedService<ScheduledEndOfDayStart>();
    }

    /// <summary>How the silo hosts the ledger's grains: its id, the partition count of a new ledger, the group
    /// commit's lanes and delay.</summary>
    internal static LedgerGrainOptions GrainOptions(SiloSettings settings, string siloId) =>
        new(siloId, settings.Partitions, settings.CommitLanes, TimeSpan.FromMilliseconds(settings.CommitDelayMs));

    /// <summary>How the silo's sweep runs.</summary>
    internal static BookSweepOptions SweepOptions(SiloSettings settings) =>
        new(settings.Sweep, settings.SweepWorkers, settings.SweepBooksPerCommit,
            LiveIdle: TimeSpan.FromSeconds(settings.SweepLiveIdleSeconds), BusyWorkers: settings.SweepBusyWorkers);

    /// <summary>Idle books leave memory after <c>--idleTimeoutSeconds</c> (Orleans' collection age; its default is
    /// 15 minutes, the ledger's 10) and, under a memory budget, activations are shed when the heap nears it, in place
    /// of an activation ceiling: the heap is looked at every second (Orleans' default: 5 s) and past 70 % of the heap
    /// limit (Orleans' default 80 %) Orleans deactivates the least recently used grains until 55 %. A bulk load
    /// activates ~9,000 borrower grains a second on one silo: with a poll every 5 s from 80 % the heap went from
    /// 80.7 % to 98 % between two polls and the silo ran out of memory (eod-bench.sh 1000000, 2026-12-07).</summary>
    internal static void ConfigureCollection(GrainCollectionOptions options, SiloSettings settings)
    {
        var age = TimeSpan.FromSeconds(Math.Max(2, settings.IdleTimeoutSeconds));
        options.CollectionAge = age;
        // The collector looks for idle grains every quantum; it must be shorter than the age.
        options.CollectionQuantum = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, age.Ticks / 2));
        options.EnableActivationSheddingOnMemoryPressure = settings.MemoryLimitMb > 0;
        options.MemoryUsagePollingPeriod = TimeSpan.FromSeconds(1);
        options.MemoryUsageLimitPercentage = 70;
        options.MemoryUsageTargetPercentage = 55;
    }

    /// <summary>Orleans' directory cache (addresses of grains this silo has registered or looked up) holds at most
    /// as many entries as the silo is sized to keep books live (<c>--maxActivations</c>, at least 10,000), not Orleans'
    /// default of 1,000,000. Every activation's registration is cached, and the cache's dictionary never gives back
    /// what it grew to: after a bulk load of 300,000 borrowers its size gauge, which the dashboard reads every second
    /// by going over the whole dictionary, took 15 % of the silo's CPU during the sweep that followed, and its
    /// entries held heap the live books needed (load-tests/README.md, "What the silo did during the sweep"). A grain
    /// whose address left the cache is looked up in the directory again.</summary>
    internal static void ConfigureDirectory(GrainDirectoryOptions options, SiloSettings settings) =>
        options.CacheSize = Math.Max(10_000, settings.MaxActivations);
}

/// <summary>Creates or migrates the ledger's schema as the silo starts, so that a store that cannot be reached
/// stops the start with its reason rather than failing the first command.</summary>
internal sealed class LedgerSchema(LedgerServices services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.PartitionCountAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Logs how long a graceful stop (SIGTERM, a drain) took, from the stop request until Orleans has stopped:
/// the HTTP server closed, the turns in flight finished and committed, every grain deactivated and the silo marked
/// dead in the membership (the hosted services stop in the reverse of their order, and this one comes before
/// Orleans').</summary>
internal sealed partial class GracefulStopLog(IHostApplicationLifetime lifetime, LedgerServices services,
    ILogger<GracefulStopLog> logger) : IHostedService
{
    private long _requested;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
            Interlocked.CompareExchange(ref _requested, System.Diagnostics.Stopwatch.GetTimestamp(), 0));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        var requested = Interlocked.Read(ref _requested);
        if (requested != 0)
        {
            LogStopped(logger, services.SiloId,
                System.Diagnostics.Stopwatch.GetElapsedTime(requested).TotalMilliseconds);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {SiloId} stopped gracefully in {Milliseconds:F0} ms")]
    private static partial void LogStopped(ILogger logger, string siloId, double milliseconds);
}

/// <summary>As the silo starts: the scheduled end of day's reminder registered again if a schedule is set and its
/// reminder is missing (always so on an embedded silo, whose reminders are in memory). A failure is logged and leaves
/// the start alone: the next silo start, or setting the schedule again, registers it.</summary>
internal sealed partial class ScheduledEndOfDayStart(IGrainFactory grains, ILogger<ScheduledEndOfDayStart> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<Ledger.OperatorInterfaces.IEndOfDayScheduleGrain>(
                Ledger.GrainInterfaces.GrainKeys.Ledger).EnsureReminderAsync().WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The scheduled end of day's reminder could not be checked at start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>What an Orleans silo reports on <c>/v1/status</c> and <c>/metrics</c>.</summary>
internal sealed class OrleansFigures(LedgerServices services, BookSweep sweep) : ISiloFigures
{
    public string SiloId => services.SiloId;

    public SiloCounts Counts
    {
        get
        {
            var partitions = services.PartitionCountAsync() is { IsCompletedSuccessfully: true } known
                ? known.Result
                : 0;
            return new SiloCounts(partitions, services.Dates.Current, services.Activations,
                services.Activated, services.Deactivated, services.Commit.Batches, services.Commit.Turns);
        }
    }

    public SweepProgress Closing => sweep.Progress;

    public Task<SweepProgress> ReadClosingAsync(CancellationToken cancellationToken) =>
        sweep.ReadProgressAsync(cancellationToken);

    public OutcomeCounts? Outcomes => services.Outcomes;

    public Ledger.Storage.Commit.GroupCommit? Commit => services.Commit;

    public MemoryAdmission Admission => services.Admission;
}
