using System.Text.Json;
using Ledger.Domain;

namespace Ledger.Client;

/// <summary>Partition-aware routing: records go straight to the silo that owns their borrower's partition.</summary>
public sealed partial class LedgerClient
{
    private volatile WirePartitionMap? _map;

    /// <summary>Splits a batch by owning silo and sends the parts concurrently; each borrower's records stay in one
    /// part, in order. A batch holding a ledger command (no borrower) goes whole to the base address, since
    /// those are barriers. Items a silo answers "not owner" make the map refresh; the caller resends them.</summary>
    private async Task<WireBatchItem[]> SendRoutedAsync(List<string> records, CancellationToken ct)
    {
        var borrowers = records.Select(BorrowerOf).ToList();
        if (borrowers.Any(b => b is null))
        {
            return await SendBatchToAsync(null, records, ct);
        }

        var map = _map ?? await RefreshMapAsync(ct);
        var parts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var owner = map.Owners.ElementAtOrDefault(PartitionHasher.PartitionOf(borrowers[i]!, map.PartitionCount))
                ?? string.Empty;
            (parts.TryGetValue(owner, out var list) ? list : parts[owner] = []).Add(i);
        }

        var results = new WireBatchItem[records.Count];
        await Task.WhenAll(parts.Select(async part =>
        {
            var endpoint = part.Key.Length == 0 ? null : part.Key;
            WireBatchItem[] answers;
            try
            {
                // One attempt straight to the owner; if it cannot be reached, the base address forwards.
                answers = await SendBatchToAsync(endpoint, part.Value.Select(i => records[i]), ct,
                    endpoint is null ? null : 1);
            }
            catch (LedgerClientException) when (endpoint is not null)
            {
                _map = null;
                answers = await SendBatchToAsync(null, part.Value.Select(i => records[i]), ct);
            }

            for (var k = 0; k < part.Value.Count; k++)
            {
                results[part.Value[k]] = answers[k];
            }
        }));
        if (results.Any(r => r.Retry is not null))
        {
            _map = null; // Ownership moved: read the map again before the retry.
        }

        return results;
    }

    private async Task<WirePartitionMap> RefreshMapAsync(CancellationToken ct)
    {
        var json = await GetStringAsync("v1/cluster/partitions", ct);
        var map = JsonSerializer.Deserialize(json, ClientJson.Default.WirePartitionMap)
            ?? throw new LedgerClientException("The silo answered an empty partition map.", null);
        _map = map;
        return map;
    }

    private static string? BorrowerOf(string record)
    {
        try
        {
            using var document = JsonDocument.Parse(record);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("borrower", out var borrower)
                && borrower.ValueKind == JsonValueKind.String
                    ? borrower.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
