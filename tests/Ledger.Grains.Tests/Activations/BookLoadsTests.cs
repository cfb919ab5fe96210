using Ledger.Storage;
using Ledger.Storage.Sqlite;
using Ledger.Testing.Stores;

namespace Ledger.Grains.Tests.Activations;

/// <summary>The books of activations that ask while a read is running are read together in the next store call;
/// each activation gets its own book, and a failed read fails every activation of its group.</summary>
public sealed class BookLoadsTests : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-book-loads-").FullName;
    private readonly GatedStore _gated;

    public BookLoadsTests()
    {
        _gated = new GatedStore(new SqliteLedgerStore(Path.Combine(_directory, "ledger.db"), TimeProvider.System));
    }

    public async ValueTask DisposeAsync()
    {
        await _gated.Inner.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task LoadAsync_ActivationsAskingDuringARead_AreReadTogetherInTheNextCall()
    {
        await _gated.Inner.InitializeAsync(4, CancellationToken.None);
        var loads = new BookLoads(_gated.Store);

        var first = loads.LoadAsync("B0");
        await _gated.Entered.WaitAsync(Deadline);
        var others = Enumerable.Range(1, 9).Select(i => loads.LoadAsync($"B{i}")).ToList();
        _gated.Open();
        await Task.WhenAll([first, .. others]).WaitAsync(Deadline);

        Assert.Equal([["B0"], ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"]], _gated.Calls);
        Assert.Equal((2L, 10L), loads.Counts);
        Assert.All([first, .. others], t => Assert.Empty(t.Result.Grains));
    }

    [Fact]
    public async Task LoadAsync_TheGroupsReadFails_EveryActivationOfItSeesTheFailure()
    {
        await _gated.Inner.InitializeAsync(4, CancellationToken.None);
        var loads = new BookLoads(_gated.Store);
        var first = loads.LoadAsync("B0");
        await _gated.Entered.WaitAsync(Deadline);
        var others = Enumerable.Range(1, 3).Select(i => loads.LoadAsync($"B{i}")).ToList();
        _gated.FailNext = new IOException("the store went away");
        _gated.Open();

        Assert.Empty((await first.WaitAsync(Deadline)).Grains);
        foreach (var other in others)
        {
            var error = await Assert.ThrowsAsync<IOException>(() => other.WaitAsync(Deadline));
            Assert.Equal("the store went away", error.Message);
        }

        // The next activation is read again.
        Assert.Empty((await loads.LoadAsync("B1").WaitAsync(Deadline)).Grains);
    }

    /// <summary>Holds the first grouped read until <see cref="Open"/>, and records each call's borrowers.</summary>
    private sealed class GatedStore(SqliteLedgerStore inner) : StoreDecorator(inner)
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public new SqliteLedgerStore Inner { get; } = inner;

        public SemaphoreSlim Entered { get; } = new(0);

        public List<List<string>> Calls { get; } = [];

        public Exception? FailNext { get; set; }

        public void Open() => _gate.TrySetResult();

        public override async Task<IReadOnlyDictionary<string, BorrowerRecord>> LoadBorrowersAsync(
            IReadOnlyCollection<string> borrowerIds, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add([.. borrowerIds]);
            }

            Entered.Release();
            await _gate.Task;
            if (Calls.Count > 1 && FailNext is { } failure)
            {
                FailNext = null;
                throw failure;
            }

            return await Inner.LoadBorrowersAsync(borrowerIds, cancellationToken);
        }
    }
}
