using System.CommandLine;
using Ledger.Client;
using Spectre.Console;

namespace Ledger.Cli;

/// <summary>What every command needs: the silo to talk to (<c>--url</c> or <c>LEDGER_URL</c>) and the API key
/// (<c>LEDGER_API_KEY</c>).</summary>
internal static class CliContext
{
    public static readonly Option<string> UrlOption = new("--url")
    {
        Description = "Base URL of any silo of the ledger (default: LEDGER_URL, else http://localhost:5000).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LEDGER_URL") ?? "http://localhost:5000",
    };

    public static LedgerClient CreateClient(ParseResult result)
    {
        var url = result.GetValue(UrlOption)!;
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri))
        {
            throw new CliException($"'{url}' is not a URL.");
        }

        var key = Environment.GetEnvironmentVariable("LEDGER_API_KEY");
        if (string.IsNullOrEmpty(key))
        {
            throw new CliException("LEDGER_API_KEY is not set (the silo prints where its key is).");
        }

        return new LedgerClient(uri, key, new LedgerClientOptions { MaxAttempts = 3 });
    }

    /// <summary>Runs a command body, turning expected failures into a message and exit code 2.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is CliException or LedgerClientException or HttpRequestException
            or System.Text.Json.JsonException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 2;
        }
    }
}

internal sealed class CliException(string message) : Exception(message);
