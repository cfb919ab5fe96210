using System.CommandLine;
using System.Text.Json;
using Ledger.Client;

namespace Ledger.Cli;

/// <summary>What every command needs: the silo to talk to (<c>--url</c> or <c>LEDGER_URL</c>) and a key
/// (<c>LEDGER_OPERATOR_KEY</c> when set, else <c>LEDGER_API_KEY</c>).</summary>
internal static class CliContext
{
    public static readonly Option<string> UrlOption = new("--url")
    {
        Description = "Base URL of any silo of the ledger, http://HOST:PORT (HOST:PORT means http://; default: "
            + "LEDGER_URL, else http://localhost:5000).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LEDGER_URL") ?? "http://localhost:5000",
    };

    public static LedgerClient CreateClient(ParseResult result)
    {
        var uri = ParseUrl(result.GetValue(UrlOption)!);
        var key = LedgerKeys.FromEnvironment() ?? throw new CliException(ExitCodes.Auth,
            "neither LEDGER_OPERATOR_KEY nor LEDGER_API_KEY is set (the silo prints where its keys are: "
            + "data/operator-key and data/api-key by default).");

        return new LedgerClient(uri, key, new LedgerClientOptions { MaxAttempts = 3 });
    }

    /// <summary>The silo's base address: <c>http://</c> or <c>https://</c>, or no scheme at all (then http://), with
    /// a host; anything else is a usage error.</summary>
    public static Uri ParseUrl(string url)
    {
        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }

        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            throw new CliException(ExitCodes.Usage, $"--url '{url}' is not a silo address (http://HOST:PORT).");
        }

        return uri;
    }

    /// <summary>Runs a command body, turning expected failures into one line on stderr and the exit code of their
    /// kind (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliException ex)
        {
            return await FailAsync(ex.ExitCode, ex.Message);
        }
        catch (LedgerClientException ex) when (ex.StatusCode is 401)
        {
            return await FailAsync(ExitCodes.Auth,
                "the silo refused the key (401): check LEDGER_OPERATOR_KEY or LEDGER_API_KEY.");
        }
        catch (LedgerClientException ex) when (ex.StatusCode is 403)
        {
            return await FailAsync(ExitCodes.Auth,
                "the silo refused a client key an operator's action (403): set LEDGER_OPERATOR_KEY.");
        }
        catch (LedgerClientException ex) when (ex.StatusCode is 400)
        {
            return await FailAsync(ExitCodes.Usage, ProblemDetail(ex.Message) ?? OneLine(ex.Message));
        }
        catch (LedgerClientException ex) when (ex.StatusCode is null or >= 500 || ex.InnerException is HttpRequestException)
        {
            return await FailAsync(ExitCodes.Unreachable, OneLine(ex.Message));
        }
        catch (HttpRequestException ex)
        {
            return await FailAsync(ExitCodes.Unreachable, OneLine(ex.Message));
        }
        catch (Exception ex) when (ex is LedgerClientException or JsonException or KeyNotFoundException
            or InvalidOperationException)
        {
            return await FailAsync(ExitCodes.Unexpected, $"unexpected answer from the silo: {OneLine(ex.Message)}");
        }
    }

    public static async Task<int> FailAsync(int exitCode, string message)
    {
        await Console.Error.WriteLineAsync($"error: {OneLine(message)}");
        return exitCode;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>The <c>detail</c> of a problem-details answer quoted in a client error, if there is one.</summary>
    private static string? ProblemDetail(string message)
    {
        var start = message.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var problem = JsonDocument.Parse(message[start..]);
            return problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } text
                ? OneLine(text)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The CLI's exit codes, one per kind of failure (listed in <c>ledger --help</c> and the README).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary><c>ledger verify</c>: the books do not balance.</summary>
    public const int NotBalanced = 1;

    /// <summary>A bad option, argument or value (an unknown option, a date that is not one, a --url that is not
    /// a silo's address).</summary>
    public const int Usage = 2;

    /// <summary>The borrower, line or order does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The ledger refused the command (its outcome is printed).</summary>
    public const int Refused = 4;

    /// <summary>No key (neither LEDGER_OPERATOR_KEY nor LEDGER_API_KEY set), a key the silo refuses (401), or a client
    /// key asking an operator's action (403).</summary>
    public const int Auth = 5;

    /// <summary>The silo could not be reached, or answered 5xx past every retry.</summary>
    public const int Unreachable = 6;

    /// <summary>The silo answered something the CLI did not expect.</summary>
    public const int Unexpected = 7;

    public const string Help = """
        Environment: LEDGER_OPERATOR_KEY or LEDGER_API_KEY (one is required; the operator key when both are set: it
        may also set the business date, run end of day, drain silos and verify; the silo prints where its keys are
        at its start, by default data/operator-key and data/api-key), LEDGER_URL (the silo, instead of --url).
        Exit codes: 0 done; 1 the books do not balance (verify); 2 bad option or value; 3 not found; 4 the ledger
        refused the command; 5 no key, a wrong one, or a client key for an operator's action; 6 silo unreachable or
        failing; 7 unexpected answer.
        """;
}

internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public CliException(string message)
        : this(ExitCodes.Usage, message)
    {
    }

    public int ExitCode { get; } = exitCode;
}
