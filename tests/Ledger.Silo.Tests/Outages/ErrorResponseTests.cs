using System.Text.Json;
using Ledger.GrainInterfaces;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Ledger.Silo.Tests.Outages;

/// <summary>What the silo's last-resort handler answers for an exception no endpoint mapped: a failure of Orleans
/// that passes (a grain call timed out, a silo unavailable or stopping, a message rejected, a gateway too busy) or a
/// store that is unavailable is a 503 with <c>Retry-After</c>; anything else is a bug and a 500.</summary>
public sealed class ErrorResponseTests
{
    public static TheoryData<string> Transient => [.. Failures.Keys];

    private static readonly Dictionary<string, (Func<Exception> Make, string Reason)> Failures = new()
    {
        ["grain call timed out"] = (() => new TimeoutException("Response did not arrive on time in 00:00:30"),
            "TIMEOUT"),
        ["silo unavailable"] = (() => new SiloUnavailableException("The target silo became unavailable"),
            "UNAVAILABLE"),
        // Orleans makes this one itself only (its constructors are not public).
        ["silo stopping"] = (() => (Exception)Activator.CreateInstance(typeof(OrleansMessageRejectionException),
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, null,
            ["Silo stopping"], null)!, "UNAVAILABLE"),
        ["gateway too busy"] = (() => new GatewayTooBusyException(), "UNAVAILABLE"),
        ["store unavailable (from a grain)"] = (() => new LedgerUnavailableException("57P01"), "STORE_UNAVAILABLE"),
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task WriteAsync_TransientFailure_Answers503WithRetryAfter(string failure)
    {
        var (make, reason) = Failures[failure];

        var (status, retryAfter, problem) = await AnswerAsync(make());

        Assert.Equal((503, "1"), (status, retryAfter));
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.True(problem.GetProperty("retryable").GetBoolean());
    }

    [Fact]
    public async Task WriteAsync_Bug_Answers500WithoutRetryAfter()
    {
        var (status, retryAfter, _) = await AnswerAsync(new InvalidOperationException("a bug"));

        Assert.Equal((500, null), (status, retryAfter));
    }

    private static async Task<(int Status, string? RetryAfter, JsonElement Problem)> AnswerAsync(Exception error)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        var body = new MemoryStream();
        http.Response.Body = body;
        http.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = error, Path = "/v1/x" });

        await ErrorResponses.WriteAsync(http);

        var retryAfter = http.Response.Headers.RetryAfter.ToString();
        return (http.Response.StatusCode, retryAfter.Length == 0 ? null : retryAfter,
            JsonDocument.Parse(body.ToArray()).RootElement.Clone());
    }
}
