using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ledger.Client;

/// <summary>Typed reads of the views the ledger serves. An unknown borrower, line or order is null, not an error.
/// </summary>
public sealed partial class LedgerClient
{
    /// <summary>A borrower: limit, exposure, frozen, its lines and orders; null when there is no such borrower.
    /// </summary>
    public Task<BorrowerView?> GetBorrowerAsync(string borrower, CancellationToken ct = default) =>
        GetViewAsync($"v1/borrowers/{Escape(borrower)}", ClientJson.Default.BorrowerView, ct);

    /// <summary>A credit line: terms and balances; null when there is no such borrower or line.</summary>
    public Task<LineView?> GetLineAsync(string borrower, string line, CancellationToken ct = default) =>
        GetViewAsync($"v1/borrowers/{Escape(borrower)}/lines/{Escape(line)}", ClientJson.Default.LineView, ct);

    /// <summary>An order: terms, balances and tranches; null when there is no such borrower or order.</summary>
    public Task<OrderView?> GetOrderAsync(string borrower, string order, CancellationToken ct = default) =>
        GetViewAsync($"v1/borrowers/{Escape(borrower)}/orders/{Escape(order)}", ClientJson.Default.OrderView, ct);

    /// <summary>A page of a borrower's journal: the entries after entry <paramref name="after"/> (from the first
    /// when null), at most <paramref name="limit"/> of them (the ledger's page size when null); null when there is
    /// no such borrower. Page on with the answer's <see cref="JournalPage.Next"/>.</summary>
    public Task<JournalPage?> GetJournalAsync(string borrower, long? after = null, int? limit = null,
        CancellationToken ct = default)
    {
        var query = new List<string>(2);
        if (after is { } a)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"after={a}"));
        }

        if (limit is { } l)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"limit={l}"));
        }

        var path = $"v1/borrowers/{Escape(borrower)}/journal" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return GetViewAsync(path, ClientJson.Default.JournalPage, ct);
    }

    /// <summary>The silo's status and the ledger's business date and end of day's progress.</summary>
    public async Task<StatusView> GetStatusAsync(CancellationToken ct = default) =>
        await GetViewAsync("v1/status", ClientJson.Default.StatusView, ct)
        ?? throw new LedgerClientException("v1/status was not found.", (int)HttpStatusCode.NotFound);

    private async Task<T?> GetViewAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        using var response = await SendWithRetriesAsync(HttpMethod.Get, path, null, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync(ct);
        EnsureSuccess(response, body);
        return JsonSerializer.Deserialize(body, type)
            ?? throw new LedgerClientException($"{path} answered an empty body.", (int)response.StatusCode);
    }

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }
}
