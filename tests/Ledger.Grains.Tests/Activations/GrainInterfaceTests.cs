using Ledger.GrainInterfaces;
using Ledger.Grains.Tests.Support;

namespace Ledger.Grains.Tests.Activations;

/// <summary>The grain interfaces as a front-end uses them: commands on a line or an order go through its own grain
/// to the borrower's book, and every view reads that one book.</summary>
[Collection(SharedClusterCollection.Name)]
public sealed class GrainInterfaceTests(SharedClusterFixture fixture)
{
    private static int s_borrowers;

    private readonly string _borrower = $"API{Interlocked.Increment(ref s_borrowers)}";

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task Views_AfterCommandsThroughLineAndOrderGrains_ShowTheOneBook()
    {
        var borrower = Grains.GetGrain<IBorrowerGrain>(_borrower);
        var line = Grains.GetGrain<ICreditLineGrain>(GrainKeys.Line(_borrower, "L1"));
        var order = Grains.GetGrain<ISupplyOrderGrain>(GrainKeys.Order(_borrower, "O1"));
        Assert.True((await borrower.OpenAsync(new OpenBorrowerCommand
            { Id = "c1", Borrower = _borrower, Limit = 1_000_000 })).IsAccepted);
        Assert.True((await line.OpenAsync(new OpenCreditLineCommand
        {
            Id = "c2", Borrower = _borrower, Line = "L1", Limit = 600_000, Rate = "0.0395",
            ExpiryDate = new DateOnly(2026, 1, 1),
        })).IsAccepted);
        Assert.True((await order.OpenAsync(new OpenOrderCommand
        {
            Id = "c3", Borrower = _borrower, Order = "O1", Supplier = "FEED", Rate = "0.086",
            MaturityDate = new DateOnly(2025, 6, 1),
            Tranches = [new() { Amount = 300_000 }, new() { Amount = 200_000 }],
        })).IsAccepted);

        var draw = await line.DrawAsync(
            new DrawCommand { Id = "c4", Borrower = _borrower, Line = "L1", Amount = 550_000 });
        var release = await order.ReleaseTrancheAsync(
            new ReleaseTrancheCommand { Id = "c5", Borrower = _borrower, Order = "O1", Tranche = 1 });

        Assert.True(draw.IsAccepted);
        Assert.True(release.IsAccepted);
        // The borrower's limit spans its line and its order: 850,000 + 200,000 is over 1,000,000.
        var overLimit = await order.ReleaseTrancheAsync(
            new ReleaseTrancheCommand { Id = "c6", Borrower = _borrower, Order = "O1", Tranche = 2 });
        Assert.Equal("BORROWER_LIMIT_EXCEEDED", overLimit.Outcome);
        var view = await borrower.GetAsync();
        Assert.NotNull(view);
        Assert.Equal(850_000, view.Exposure);
        Assert.Equal(["L1"], view.Lines);
        Assert.Equal(["O1"], view.Orders);
        var lineView = await line.GetAsync();
        Assert.Equal(550_000, lineView!.Principal);
        Assert.Equal("0.0395", lineView.Rate);
        var orderView = await order.GetAsync();
        Assert.Equal(300_000, orderView!.Principal);
        Assert.Equal([1, 1], [orderView.ReleasedTranches, orderView.PendingTranches]);
        var journal = await borrower.GetJournalAsync(0, 10);
        Assert.Equal(["draw", "release"], journal!.Entries.Select(e => e.Event));
        Assert.All(journal.Entries, e => Assert.Equal(0, e.Postings.Sum(p => p.Amount)));
    }

    [Fact]
    public async Task Placement_LineAndOrderGrains_LiveOnTheirBorrowersSilo()
    {
        var silos = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            var borrowerId = $"{_borrower}-{i}";
            var borrower = Grains.GetGrain<IBorrowerGrain>(borrowerId);
            var line = Grains.GetGrain<ICreditLineGrain>(GrainKeys.Line(borrowerId, "L1"));
            var order = Grains.GetGrain<ISupplyOrderGrain>(GrainKeys.Order(borrowerId, "O1"));

            // A view through the line and the order activates them and, through them, the borrower.
            Assert.Null(await line.GetAsync());
            Assert.Null(await order.GetAsync());

            var home = fixture.Cluster.SiloOf(borrower);
            Assert.NotNull(home);
            Assert.Equal(home, fixture.Cluster.SiloOf(line));
            Assert.Equal(home, fixture.Cluster.SiloOf(order));
            silos.Add(home.ToParsableString());
        }

        // Books spread over the silos (12 borrowers on 3 silos: all on one would mean no spreading at all).
        Assert.True(silos.Count > 1, $"All 12 books on {string.Join(", ", silos)}.");
    }

    [Fact]
    public async Task Views_OfABorrowerNeverOpened_AreNull()
    {
        Assert.Null(await Grains.GetGrain<IBorrowerGrain>(_borrower).GetAsync());
        Assert.Null(await Grains.GetGrain<ICreditLineGrain>(GrainKeys.Line(_borrower, "L1")).GetAsync());
        Assert.Null(await Grains.GetGrain<IBorrowerGrain>(_borrower).GetJournalAsync(0, 10));
    }

    [Fact]
    public async Task CreditLineGrain_CommandNamingAnotherLine_IsRefusedAndBooksNothing()
    {
        var line = Grains.GetGrain<ICreditLineGrain>(GrainKeys.Line(_borrower, "L1"));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            line.DrawAsync(new DrawCommand { Id = "x1", Borrower = _borrower, Line = "L2", Amount = 1 }));

        Assert.Null(await Grains.GetGrain<IBorrowerGrain>(_borrower).GetAsync());
    }

    [Fact]
    public async Task TypedCommand_FailingItsShapeCheck_IsAShapeRejectionNamingTheField()
    {
        var result = await Grains.GetGrain<IBorrowerGrain>(_borrower).OpenCreditLineAsync(new OpenCreditLineCommand
        {
            Id = "x1", Borrower = _borrower, Line = "L1", Limit = 1, Rate = "1.5",
            ExpiryDate = new DateOnly(2026, 1, 1),
        });

        Assert.Equal(CommandStatus.ShapeRejected, result.Status);
        Assert.Equal(("INVALID_COMMAND", "rate"), (result.Outcome, result.Field));
    }

    [Fact]
    public async Task SubmitRecordsAsync_RecordOfAnotherBorrower_IsRefusedBeforeAnyIsDecided()
    {
        var borrower = Grains.GetGrain<IBorrowerGrain>(_borrower);

        await Assert.ThrowsAsync<ArgumentException>(() => borrower.SubmitRecordsAsync(
        [
            $"{{\"type\":\"OpenBorrower\",\"id\":\"c1\",\"borrower\":\"{_borrower}\",\"limit\":5}}",
            "{\"type\":\"OpenBorrower\",\"id\":\"c2\",\"borrower\":\"SOMEONE-ELSE\",\"limit\":5}",
        ]));

        Assert.Null(await borrower.GetAsync());
    }

    [Fact]
    public async Task GrainReferences_AfterTheFirst_MakeReferencesWithoutResolvingTheInterface()
    {
        var counting = CountingGrainFactory.Over(Grains);

        var first = GrainReferences.Get<IBorrowerGrain>(counting, _borrower);
        var second = GrainReferences.Get<IBorrowerGrain>(counting, _borrower + "x");

        // The interface and grain types are resolved once (Orleans' GetGrain<T>(key) reflects over the interface on
        // every call); the references are those GetGrain<T>(key) gives, and reach the grains.
        Assert.Equal(["GetGrain(String,String)", "GetGrain(GrainId,GrainInterfaceType)"],
            CountingGrainFactory.Calls(counting));
        Assert.Equal(Grains.GetGrain<IBorrowerGrain>(_borrower), first);
        Assert.Equal(Grains.GetGrain<IBorrowerGrain>(_borrower + "x"), second);
        Assert.Equal(((GrainReference)Grains.GetGrain<IBorrowerGrain>(_borrower)).InterfaceType,
            ((GrainReference)second).InterfaceType);
        Assert.Null(await second.GetAsync());
    }

    /// <summary>An <see cref="IGrainFactory"/> that passes every call on and lists the methods called.</summary>
    public class CountingGrainFactory : System.Reflection.DispatchProxy
    {
        private IGrainFactory? _inner;
        private readonly List<string> _calls = [];

        public static IGrainFactory Over(IGrainFactory inner)
        {
            var proxy = Create<IGrainFactory, CountingGrainFactory>();
            ((CountingGrainFactory)(object)proxy)._inner = inner;
            return proxy;
        }

        public static IReadOnlyList<string> Calls(IGrainFactory proxy) => ((CountingGrainFactory)(object)proxy)._calls;

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            lock (_calls)
            {
                _calls.Add($"{targetMethod.Name}({string.Join(',', targetMethod.GetParameters()
                    .Select(p => p.ParameterType.Name))})");
            }

            var method = targetMethod.IsGenericMethod
                ? targetMethod.GetGenericMethodDefinition().MakeGenericMethod(targetMethod.GetGenericArguments())
                : targetMethod;
            return method.Invoke(_inner, args);
        }
    }
}
