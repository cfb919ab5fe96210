using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Ledger.Silo.Tests.Support;
using Ledger.Testing;

namespace Ledger.Silo.Tests.Api;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (here on the command line, which the silo reads like the
/// environment), the silo pushes its meter over OTLP; a loopback listener stands in for the collector.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task OtlpEndpointSet_SiloPushesItsMeterToTheCollector()
    {
        await using var collector = new FakeCollector();
        await using var silo = await TestSilo.StartSqliteAsync(
            "--OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint,
            "--OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
            "--OTEL_METRIC_EXPORT_INTERVAL", "100");
        var siloId = (await SiloApi.GetAsync(silo.Http, "v1/status")).Json.GetProperty("siloId").GetString()!;

        // OTLP protobuf carries names and string attributes as plain UTF-8.
        await Poll.UntilAsync(() => Task.FromResult(collector.Requests.Any(r =>
                r.Path == "/v1/metrics" && r.Body.Contains("ledger.commit.turns", StringComparison.Ordinal)
                && r.Body.Contains("ledger.eod.books_closed", StringComparison.Ordinal)
                && r.Body.Contains(siloId, StringComparison.Ordinal))),
            TimeSpan.FromSeconds(30), "an OTLP export of the Ledger.Silo meter",
            () => $"{collector.Requests.Count} requests: "
                + string.Join(", ", collector.Requests.Select(r => r.Path).Distinct()));
    }

    private sealed record Received(string Path, string Body);

    /// <summary>Accepts any POST and answers 200 with an empty (valid) protobuf response.</summary>
    private sealed class FakeCollector : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public FakeCollector()
        {
            var port = FreePort.Next();
            Endpoint = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Endpoint { get; }

        public ConcurrentQueue<Received> Requests { get; } = new();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                Requests.Enqueue(new Received(context.Request.Url!.AbsolutePath,
                    Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
    }
}
