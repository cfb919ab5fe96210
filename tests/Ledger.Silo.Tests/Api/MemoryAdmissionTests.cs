using System.Net;
using Ledger.Client;
using Ledger.Client.Cluster;
using Ledger.GrainInterfaces;
using Ledger.Grains;
using Ledger.Silo.Tests.Support;
using Ledger.Storage;
using Ledger.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Silo.Tests.Api;

/// <summary>Admission control under memory pressure, through the HTTP API and the Orleans client, on a silo whose
/// memory probe the test sets: while the heap is over its limit a command that would load a book not in memory is
/// answered 503 (a batch item <c>retry</c>) with the reason <c>MEMORY_PRESSURE</c> and nothing is booked, while a
/// book in memory goes on deciding; once the heap has room the same command, sent again by id, is booked once.
/// </summary>
public sealed class MemoryAdmissionTests
{
    private const string Date = ApiSiloFixture.BusinessDate;

    [Fact]
    public async Task Commands_HeapOverItsLimit_NewBooksAre503UntilThereIsRoomThenBookedOnce_BooksInMemoryGoOn()
    {
        var probe = new SwitchableProbe();
        await using var silo = await StartAsync(probe);
        await SiloApi.AcceptAllAsync(silo.Http, $$"""{"type":"SetBusinessDate","id":"d","date":"{{Date}}"}""",
            Open("B1"), Line("B1"));

        probe.Over = true;
        // B1's book is in memory: it decides as before.
        Assert.Equal("ACCEPTED", await SiloApi.SubmitAsync(silo.Http, Draw("B1", "dr1", 100)));
        // B2's is not: nothing is loaded, nothing booked.
        var single = await SiloApi.PostAsync(silo.Http, "v1/commands", Open("B2"));
        Assert.True(single.Status == HttpStatusCode.ServiceUnavailable, single.ToString());
        Assert.Equal("MEMORY_PRESSURE", single.Json.GetProperty("reason").GetString());
        Assert.True(single.Json.GetProperty("retryable").GetBoolean());
        Assert.True(await RetryAfterAsync(silo, Open("B2")));
        var batch = await SiloApi.PostAsync(silo.Http, "v1/commands/batch",
            $"[{Open("B2")},{Line("B2")},{Draw("B2", "dr2", 250)},{Draw("B1", "dr3", 50)}]");
        Assert.Equal(HttpStatusCode.OK, batch.Status);
        var items = batch.Json.EnumerateArray().ToList();
        Assert.All(items[..3], item => Assert.Equal("MEMORY_PRESSURE", item.GetProperty("retry").GetString()));
        Assert.Equal("ACCEPTED", items[3].GetProperty("outcome").GetString());
        // (Read from the store: a view of B2 would be refused too, its book not being in memory.)
        Assert.Empty((await silo.Services.GetRequiredService<ILedgerStore>().LoadBorrowerAsync("B2",
            CancellationToken.None)).Grains);
        var metrics = Exposition.Parse(await silo.Http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
        Assert.Equal(5, metrics["ledger_admission_refused_total"].Value);
        Assert.Equal(1, metrics["ledger_admission_refusing"].Value);
        Assert.Equal(1, metrics["ledger_admission_episodes_total"].Value);
        Assert.True(probe.Collections >= 1, "collected before refusing");

        probe.Over = false;
        var retried = await SiloApi.PostAsync(silo.Http, "v1/commands/batch",
            $"[{Open("B2")},{Line("B2")},{Draw("B2", "dr2", 250)}]");
        Assert.All(retried.Json.EnumerateArray(), item =>
            Assert.Equal("ACCEPTED", item.GetProperty("outcome").GetString()));
        // Sent once more, the draw is answered as recorded, not booked again.
        Assert.Equal("ACCEPTED", await SiloApi.SubmitAsync(silo.Http, Draw("B2", "dr2", 250)));
        var line = (await SiloApi.GetAsync(silo.Http, "v1/borrowers/B2/lines/L1")).Json;
        Assert.Equal(250, line.GetProperty("principal").GetInt64());
        var journal = (await SiloApi.GetAsync(silo.Http, "v1/borrowers/B2/journal")).Json;
        Assert.Single(journal.GetProperty("entries").EnumerateArray());
        metrics = Exposition.Parse(await silo.Http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
        Assert.Equal(0, metrics["ledger_admission_refusing"].Value);
        Assert.Equal(5, metrics["ledger_admission_refused_total"].Value);
    }

    /// <summary>The client libraries send refused commands again by id: the HTTP client's batches and the Orleans
    /// client's borrower records both end booked, once, when the heap has room by the second attempt.</summary>
    [Fact]
    public async Task Clients_HeapOverItsLimitAtFirst_RetryTheRefusedCommandsByIdAndTheyAreBookedOnce()
    {
        var probe = new SwitchableProbe();
        await using var silo = await StartAsync(probe);
        await SiloApi.AcceptAllAsync(silo.Http, $$"""{"type":"SetBusinessDate","id":"d","date":"{{Date}}"}""");

        probe.Over = true;
        using var http = silo.CreateClient(new LedgerClientOptions { InitialBackoff = TimeSpan.FromMilliseconds(1) });
        var httpRetries = new List<string>();
        http.Retrying += (_, e) =>
        {
            httpRetries.Add(e.Reason);
            probe.Over = false;
        };
        var booked = await http.SubmitBatchAsync([Open("H1"), Line("H1"), Draw("H1", "dr", 300)]);
        Assert.All(booked, r => Assert.Equal("ACCEPTED", r.Outcome));
        Assert.Equal(["item:MEMORY_PRESSURE"], httpRetries);

        probe.Over = true;
        var gateway = TestSilo.OrleansPorts(silo.DataDirectory).Gateway;
        await using var orleans = await LedgerClusterConnection.ConnectAsync(
            LedgerClusterOptions.ForGateways($"127.0.0.1:{gateway}"));
        var orleansRetries = new List<string>();
        orleans.Grains.Retrying += (_, e) =>
        {
            orleansRetries.Add(e.Reason);
            probe.Over = false;
        };
        var results = await orleans.Grains.SubmitRecordsAsync("G1", [Open("G1"), Line("G1"), Draw("G1", "dr", 400)]);
        Assert.All(results, r => Assert.Equal("ACCEPTED", r.Outcome));
        Assert.Equal(["try-again"], orleansRetries);

        // A line's grain activating under pressure answers "try again" without reaching the borrower.
        probe.Over = true;
        var refused = await orleans.Grains.Line("G1", "L2").OpenAsync(new GrainInterfaces.OpenCreditLineCommand
        {
            Id = "ol2", Borrower = "G1", Line = "L2", Limit = 1_000, Rate = "0.05", ExpiryDate = new DateOnly(2025, 3, 1),
        });
        Assert.Equal((GrainInterfaces.CommandStatus.TryAgain, "MEMORY_PRESSURE"), (refused.Status, refused.Outcome));
        Assert.Equal(HttpStatusCode.NotFound, (await SiloApi.GetAsync(silo.Http, "v1/borrowers/G1/lines/L2")).Status);

        foreach (var (borrower, amount) in new[] { ("H1", 300L), ("G1", 400L) })
        {
            var line = (await SiloApi.GetAsync(silo.Http, $"v1/borrowers/{borrower}/lines/L1")).Json;
            Assert.Equal(amount, line.GetProperty("principal").GetInt64());
            var journal = (await SiloApi.GetAsync(silo.Http, $"v1/borrowers/{borrower}/journal")).Json;
            Assert.Single(journal.GetProperty("entries").EnumerateArray());
        }
    }

    /// <summary>Views are admitted as commands are: while the heap is over its limit a view that would load a book not
    /// in memory is refused (HTTP: 503 <c>MEMORY_PRESSURE</c> with <c>Retry-After</c>; Orleans: the retryable
    /// <see cref="LedgerUnavailableException"/>), counted, and its activation does not stay; a book in memory is read
    /// as before; once the heap has room the same view is answered.</summary>
    [Fact]
    public async Task Views_HeapOverItsLimit_BooksNotInMemoryAre503UntilThereIsRoom_BooksInMemoryAreRead()
    {
        var probe = new SwitchableProbe();
        await using var silo = await StartAsync(probe);
        await SiloApi.AcceptAllAsync(silo.Http, $$"""{"type":"SetBusinessDate","id":"d","date":"{{Date}}"}""",
            Open("V1"), Line("V1"), Draw("V1", "dr1", 100), Open("V2"), Line("V2"), Draw("V2", "dr2", 200));
        var services = silo.Services.GetRequiredService<LedgerServices>();
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        // Every book leaves memory (as idle collection would), then V1's is loaded again by a view.
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await Poll.UntilAsync(() => Task.FromResult(services.Live.Count == 0), TimeSpan.FromSeconds(30),
            "the borrower grains to be collected", () => $"{services.Live.Count} live");
        Assert.Equal(HttpStatusCode.OK, (await SiloApi.GetAsync(silo.Http, "v1/borrowers/V1")).Status);
        Assert.Equal(1, services.Live.Count);

        probe.Over = true;
        // V1's book is in memory: every view of it is read.
        foreach (var path in new[] { "v1/borrowers/V1", "v1/borrowers/V1/lines/L1", "v1/borrowers/V1/journal" })
        {
            var served = await SiloApi.GetAsync(silo.Http, path);
            Assert.True(served.Status == HttpStatusCode.OK, $"{path}: {served}");
        }

        // V2's is not: each view is refused, and nothing it activated stays.
        foreach (var path in new[] { "v1/borrowers/V2", "v1/borrowers/V2/lines/L1", "v1/borrowers/V2/journal" })
        {
            using var refused = await silo.Http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path}: {refused.StatusCode} {body}");
            Assert.NotNull(refused.Headers.RetryAfter);
            using var problem = System.Text.Json.JsonDocument.Parse(body);
            Assert.Equal("MEMORY_PRESSURE", problem.RootElement.GetProperty("reason").GetString());
            Assert.True(problem.RootElement.GetProperty("retryable").GetBoolean());
        }

        // Through the Orleans client: the borrower's grain and a line's grain throw the retryable exception.
        var gateway = TestSilo.OrleansPorts(silo.DataDirectory).Gateway;
        await using var orleans = await LedgerClusterConnection.ConnectAsync(
            LedgerClusterOptions.ForGateways($"127.0.0.1:{gateway}"));
        var fromBorrower = await Assert.ThrowsAsync<LedgerUnavailableException>(
            () => orleans.Grains.Borrower("V2").GetAsync());
        Assert.Equal(LedgerUnavailableException.MemoryPressure, fromBorrower.Reason);
        var fromLine = await Assert.ThrowsAsync<LedgerUnavailableException>(
            () => orleans.Grains.Line("V2", "L1").GetAsync());
        Assert.Equal(LedgerUnavailableException.MemoryPressure, fromLine.Reason);
        Assert.Equal(100, (await orleans.Grains.Borrower("V1").GetAsync())!.Exposure);
        var metrics = Exposition.Parse(await silo.Http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
        Assert.Equal(5, metrics["ledger_admission_refused_total"].Value);
        // Only V1's grain stays (the idle timeout is 600 s: a refused activation that stayed would still be live).
        await Poll.UntilAsync(() => Task.FromResult(services.Live.Count == 1), TimeSpan.FromSeconds(30),
            "the refused activations to leave", () => $"{services.Live.Count} live");

        probe.Over = false;
        var borrower = await SiloApi.GetAsync(silo.Http, "v1/borrowers/V2");
        Assert.True(borrower.Status == HttpStatusCode.OK, borrower.ToString());
        Assert.Equal(200, borrower.Json.GetProperty("exposure").GetInt64());
        Assert.Equal(200, (await orleans.Grains.Line("V2", "L1").GetAsync())!.Principal);
    }

    private static async Task<bool> RetryAfterAsync(TestSilo silo, string record)
    {
        using var response = await silo.Http.PostAsync(new Uri("v1/commands", UriKind.Relative),
            new StringContent(record, System.Text.Encoding.UTF8, "application/json"));
        return response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null;
    }

    private static Task<TestSilo> StartAsync(SwitchableProbe probe) =>
        TestSilo.StartAsync(postgres: null, dataDirectory: null, [], decorateStore: null, services =>
        {
            services.AddSingleton<IMemoryProbe>(probe);
            // Every activation reads the probe: the test switches it between two commands.
            services.AddSingleton(new MemoryAdmissionOptions(ProbeInterval: TimeSpan.Zero,
                CollectInterval: TimeSpan.Zero));
        });

    private static string Open(string b) =>
        $$"""{"type":"OpenBorrower","id":"ob","borrower":"{{b}}","limit":1000000}""";

    private static string Line(string b) =>
        $$"""{"type":"OpenCreditLine","id":"ol","borrower":"{{b}}","line":"L1","limit":100000,"rate":"0.0435","expiryDate":"2025-03-01"}""";

    private static string Draw(string b, string id, long amount) =>
        $$"""{"type":"Draw","id":"{{id}}","borrower":"{{b}}","line":"L1","amount":{{amount}}}""";

    /// <summary>A heap at 95 % or 10 % of its limit, as the test says; a collection frees nothing.</summary>
    private sealed class SwitchableProbe : IMemoryProbe
    {
        private volatile bool _over;
        private int _collections;

        public bool Over
        {
            get => _over;
            set => _over = value;
        }

        public int Collections => Volatile.Read(ref _collections);

        public MemoryReading Read() => new(_over ? 950 : 100, 1_000);

        public void Collect() => Interlocked.Increment(ref _collections);
    }
}
