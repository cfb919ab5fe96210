using System.Text.Json.Serialization;

namespace Ledger.Client;

/// <summary>The ledger's answer to one command: <c>ACCEPTED</c> or the spec's rejection reason. For a record that
/// failed its shape check, <see cref="Field"/> names the offending field and <see cref="Error"/> says why.</summary>
public sealed record CommandResult(string? Id, string Outcome, string? Field = null, string? Error = null)
{
    public const string AcceptedOutcome = "ACCEPTED";

    public bool IsAccepted => Outcome == AcceptedOutcome;
}

/// <summary>Settings of a <see cref="LedgerClient"/>.</summary>
public sealed class LedgerClientOptions
{
    /// <summary>Attempts per request, the first included, before a transient failure is given up.</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Send each batch record straight to the silo owning its borrower's partition, from a partition map
    /// fetched from the cluster and refreshed whenever a silo answers "not owner". Off: every request goes to
    /// the base address, and the silo forwards what it does not own.</summary>
    public bool RouteToOwners { get; set; }

    /// <summary>Time limit of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>A request the ledger refused for a reason retrying cannot fix (wrong key, unknown route, body too
/// large), or a transient failure that outlasted every retry.</summary>
public sealed class LedgerClientException(string message, int? statusCode, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;
}

internal sealed record WireCommandResponse(string Id, string Outcome);

internal sealed record WireBatchItem(string? Id, string? Outcome, string? Field, string? Error, string? Retry);

internal sealed record WirePartitionMap(int PartitionCount, string?[] Owners);

internal sealed record WireProblem(int? Status, string? Title, string? Detail, string? Reason, string? Field,
    string? Id);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WireCommandResponse))]
[JsonSerializable(typeof(WireBatchItem[]))]
[JsonSerializable(typeof(WireProblem))]
[JsonSerializable(typeof(WirePartitionMap))]
internal sealed partial class ClientJson : JsonSerializerContext;
