using System.Net;
using System.Text;
using Ledger.Client;

namespace Ledger.Silo.Tests.Api;

/// <summary>The client's batch retries against a silo that keeps answering items as retryable: it gives up after
/// its attempts with an error that says which refusals it kept getting, so a failed replay can be diagnosed from
/// its message alone.</summary>
public sealed class ClientRetryTests
{
    [Fact]
    public async Task SubmitBatchAsync_ItemsRefusedPastEveryAttempt_ErrorNamesTheRetryReasons()
    {
        using var handler = new RefusingHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1:1/") };
        using var client = new LedgerClient(http, new LedgerClientOptions
        {
            MaxAttempts = 3,
            InitialBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(1),
        });
        string[] records =
        [
            """{"type":"Draw","id":"a","borrower":"B1","line":"L1","amount":1}""",
            """{"type":"Draw","id":"b","borrower":"B2","line":"L1","amount":1}""",
            """{"type":"Draw","id":"c","borrower":"B3","line":"L1","amount":1}""",
        ];

        var failure = await Assert.ThrowsAsync<LedgerClientException>(() => client.SubmitBatchAsync(records));

        Assert.Equal(3, handler.Requests);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal("2 records could not be booked after 3 attempts; last answers: "
            + "BOOK_VERSION_CONFLICT ×1 (Borrower B2 changed meanwhile.), "
            + "STORE_UNAVAILABLE ×1 (The database is down.)", failure.Message);
    }

    /// <summary>Answers every batch: its first item accepted, the others refused as retryable (the second as
    /// BOOK_VERSION_CONFLICT, the third as STORE_UNAVAILABLE), as a silo does while another activation of a book
    /// commits or the database is down.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var first = Interlocked.Increment(ref _requests) == 1;
            var items = new List<string>();
            if (first)
            {
                items.Add("""{"id":"a","outcome":"ACCEPTED"}""");
            }

            if (body.Contains("\"b\"", StringComparison.Ordinal))
            {
                items.Add("""{"id":"b","error":"Borrower B2 changed meanwhile.","retry":"BOOK_VERSION_CONFLICT"}""");
            }

            if (body.Contains("\"c\"", StringComparison.Ordinal))
            {
                items.Add("""{"id":"c","error":"The database is down.","retry":"STORE_UNAVAILABLE"}""");
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("[" + string.Join(",", items) + "]", Encoding.UTF8, "application/json"),
            };
        }
    }
}
