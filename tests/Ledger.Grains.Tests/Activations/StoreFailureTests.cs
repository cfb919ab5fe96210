using Ledger.Domain;
using Ledger.GrainInterfaces;
using Ledger.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ledger.Grains.Tests.Activations;

/// <summary>A store that cannot be reached: a command's answer is a "try again" value (nothing was booked), a view's
/// failure a serializable <see cref="LedgerUnavailableException"/>, never the store's own exception.</summary>
public sealed class StoreFailureTests : IAsyncDisposable
{
    // Nothing listens on port 1 of the loopback address: every connection is refused at once.
    private readonly LedgerServices _services = new(
        new PostgresLedgerStore("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2", TimeProvider.System),
        new LedgerGrainOptions("silo-x"), TimeProvider.System, NullLoggerFactory.Instance);

    [Fact]
    public async Task DecideAsync_StoreUnreachable_AnswersTryAgain()
    {
        var keeper = new BookKeeper("B1", _services);
        var open = (BorrowerCommand)CommandParser.Parse(
            "{\"type\":\"OpenBorrower\",\"id\":\"c1\",\"borrower\":\"B1\",\"limit\":5}").Command!;

        var result = await keeper.DecideAsync(open);

        Assert.Equal((CommandStatus.TryAgain, "STORE_UNAVAILABLE", "c1"),
            (result.Status, result.Outcome, result.CommandId));
    }

    [Fact]
    public async Task ReadAsync_StoreUnreachable_ThrowsLedgerUnavailable()
    {
        var keeper = new BookKeeper("B1", _services);

        await Assert.ThrowsAsync<LedgerUnavailableException>(() => keeper.ReadAsync((book, _) => book.Borrower));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _services.Store.DisposeAsync();
    }
}
