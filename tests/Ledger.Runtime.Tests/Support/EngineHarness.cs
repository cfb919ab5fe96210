using System.Text;
using Ledger.Domain;
using Ledger.Runtime.Grains;
using Ledger.Storage;
using Ledger.Storage.Books;
using Ledger.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ledger.Runtime.Tests.Support;

/// <summary>Engines and stores over one <see cref="LedgerLocation"/>, all disposed with the harness (engines
/// first, then stores, then the location). The clock is a <see cref="ManualTimeProvider"/> that tests move by
/// hand: until they do, the engine's lease renewal and idle collection never run.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public const int PartitionCount = 8;

    private readonly List<LedgerEngine> _engines = [];
    private readonly List<ILedgerStore> _stores = [];

    public EngineHarness(LedgerLocation location)
    {
        Location = location;
    }

    public LedgerLocation Location { get; }

    public ManualTimeProvider Time { get; } = new();

    public static CancellationToken Ct => CancellationToken.None;

    public static RuntimeOptions Options(Action<RuntimeOptions>? configure = null)
    {
        // The tests' books are all in use when their end of day comes: the sweep closes them at once unless a test
        // shows the grace for books in use.
        var options = new RuntimeOptions { PartitionCount = PartitionCount, SweepLiveIdle = TimeSpan.Zero };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Opens a store over the location and starts an engine on it.</summary>
    /// <param name="time">The silo's clock (its store's too); defaults to the harness's.</param>
    public async Task<(LedgerEngine Engine, ILedgerStore Store)> StartAsync(RuntimeOptions? options = null,
        TimeProvider? time = null)
    {
        var store = OpenStore(time);
        return (await StartEngineAsync(store, options, time), store);
    }

    /// <summary>Opens a store over the location, decorates it and starts an engine on the decorated store.
    /// </summary>
    public async Task<(LedgerEngine Engine, T Decorator)> StartDecoratedAsync<T>(Func<ILedgerStore, T> decorate,
        RuntimeOptions? options = null)
        where T : StoreDecorator
    {
        var decorator = decorate(OpenStore());
        return (await StartEngineAsync(decorator.Store, options, null), decorator);
    }

    private async Task<LedgerEngine> StartEngineAsync(ILedgerStore store, RuntimeOptions? options, TimeProvider? time)
    {
        var engine = new LedgerEngine(store, options ?? Options(), time ?? Time, NullLoggerFactory.Instance);
        _engines.Add(engine);
        await engine.StartAsync(Ct);
        return engine;
    }

    /// <summary>A store over the location that the harness disposes; its clock defaults to the harness's.</summary>
    public ILedgerStore OpenStore(TimeProvider? time = null)
    {
        var store = Location.OpenStore(time ?? Time);
        _stores.Add(store);
        return store;
    }

    /// <summary>Stops an engine and closes its store, as a silo that went down does.</summary>
    public static async Task StopAsync(LedgerEngine engine, ILedgerStore store)
    {
        await engine.DisposeAsync();
        await store.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var engine in _engines)
        {
            await engine.DisposeAsync();
        }

        // A stopped silo's store is closed twice: both stores tolerate it.
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await Location.DisposeAsync();
    }
}

/// <summary>Reading what the engine and the store hold.</summary>
internal static class LedgerReads
{
    private static CancellationToken Ct => CancellationToken.None;

    public static async Task<CommandOutcome> SubmitOkAsync(this LedgerEngine engine, LedgerCommand command)
    {
        var outcome = await engine.SubmitAsync(command, Ct);
        Assert.True(outcome == CommandOutcome.Accepted, $"{command.Id}: {outcome.ToCode()}");
        return outcome;
    }

    /// <summary>Opens <paramref name="borrower"/> with one line <c>L1</c>.</summary>
    public static async Task OpenBorrowerWithLineAsync(this LedgerEngine engine, string borrower,
        long lineLimitMinor = 1_000_000_000_000)
    {
        await engine.SubmitOkAsync(Commands.OpenBorrower(borrower));
        await engine.SubmitOkAsync(Commands.OpenLine(borrower, "L1", lineLimitMinor));
    }

    public static async Task<string> SnapshotAsync(this LedgerEngine engine)
    {
        var text = new StringBuilder();
        await engine.WriteSnapshotAsync((chunk, _) =>
        {
            text.Append(chunk);
            return Task.CompletedTask;
        }, Ct);
        return text.ToString();
    }

    /// <summary>The borrower's book as the store holds it (not through an activation).</summary>
    public static async Task<BorrowerBook> StoredBookAsync(this ILedgerStore store, string borrower)
    {
        var record = await store.LoadBorrowerAsync(borrower, Ct);
        return GrainStateLoader.Restore(borrower, record, []);
    }

    public static async Task<IReadOnlyList<OutcomeRecord>> StoredOutcomesAsync(this ILedgerStore store,
        string borrower) => (await store.LoadBorrowerAsync(borrower, Ct)).Outcomes;

    public static Task<IReadOnlyList<JournalPosting>> JournalAsync(this ILedgerStore store, string borrower) =>
        store.ReadJournalAsync(borrower, 0, int.MaxValue, Ct);

    public static async Task<List<JournalPosting>> WholeJournalAsync(this ILedgerStore store)
    {
        var postings = new List<JournalPosting>();
        await foreach (var posting in store.StreamJournalAsync(Ct))
        {
            postings.Add(posting);
        }

        return postings;
    }

    public static async Task<Dictionary<string, long>> BalancesAsync(this ILedgerStore store) =>
        (await store.GetAccountBalancesAsync(Ct)).ToDictionary(b => b.Account, b => b.BalanceMinor);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="timeout"/>
    /// (default 10 s), naming what was awaited.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Yield();
            await Task.Delay(1);
        }
    }
}
