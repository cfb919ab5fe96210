using System.Text.Json.Serialization;

namespace Ledger.Client;

/// <summary>The ledger's answer to one command: <see cref="LedgerOutcomes.Accepted"/> or a rejection reason of
/// <see cref="LedgerOutcomes"/>. For a record that failed its shape check, <see cref="Field"/> names the offending
/// field and <see cref="Error"/> says why.</summary>
/// <param name="Id">The command's id; null when the record had none the ledger could read.</param>
/// <param name="Outcome">One of <see cref="LedgerOutcomes"/>.</param>
/// <param name="Field">The field a shape rejection names (<c>rate</c>, <c>tranches[1].amount</c>).</param>
/// <param name="Error">What is wrong with that field.</param>
public sealed record CommandResult(string? Id, string Outcome, string? Field = null, string? Error = null)
{
    /// <summary>The outcome of a booked command: <see cref="LedgerOutcomes.Accepted"/>.</summary>
    public const string AcceptedOutcome = LedgerOutcomes.Accepted;

    /// <summary>Whether the command was booked.</summary>
    public bool IsAccepted => Outcome == LedgerOutcomes.Accepted;
}

/// <summary>Settings of a <see cref="LedgerClient"/>.</summary>
public sealed class LedgerClientOptions
{
    /// <summary>Attempts per request, the first included, before a transient failure is given up. With the
    /// default backoff the 11 pauses of the default 12 attempts add up to 13 s (at least 6.6 s with the jitter): a
    /// restart or a failover of the ledger's database (a few seconds of 503s) is ridden through.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The wait before the first retry; it doubles with each retry, up to <see cref="MaxBackoff"/>, and
    /// is jittered.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time limit of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>A request the ledger refused for a reason retrying cannot fix (wrong key, unknown route, body too
/// large), or a transient failure that outlasted every retry.</summary>
public sealed class LedgerClientException(string message, int? statusCode, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The HTTP status of the last answer; null when there was none (a connection failure).</summary>
    public int? StatusCode { get; } = statusCode;
}

internal sealed record WireCommandResponse(string Id, string Outcome);

internal sealed record WireBatchItem(string? Id, string? Outcome, string? Field, string? Error, string? Retry);

internal sealed record WireProblem(int? Status, string? Title, string? Detail, string? Reason, string? Field,
    string? Id);

// Rates and multipliers come as JSON strings ("0.0395"): read into decimals exactly.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(WireCommandResponse))]
[JsonSerializable(typeof(BorrowerView))]
[JsonSerializable(typeof(LineView))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(JournalPage))]
[JsonSerializable(typeof(StatusView))]
[JsonSerializable(typeof(WireBatchItem[]))]
[JsonSerializable(typeof(WireProblem))]
internal sealed partial class ClientJson : JsonSerializerContext;
