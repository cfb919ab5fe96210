using System.CommandLine;
using Ledger.Storage.Postgres;
using Npgsql;

namespace Ledger.Cli;

/// <summary><c>ledger cluster grant-gateway-reader ROLE --postgres CONN</c>: a PostgreSQL role for .NET front-ends
/// that may read the ledger's Orleans membership (to find the gateways) and nothing else
/// (<see cref="GatewayReaderRole"/>).</summary>
internal static class GatewayReaderCommand
{
    /// <summary>The new role's password: from the environment, never the command line (which other users of the
    /// machine can read in the process list).</summary>
    public const string PasswordVariable = "LEDGER_GATEWAY_READER_PASSWORD";

    public static Command Create()
    {
        var role = new Argument<string>("role") { Description = "The role front-ends connect as." };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "The ledger's PostgreSQL connection string, as a role that may create roles and grant on "
                + "the ledger's tables (default: LEDGER_POSTGRES).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LEDGER_POSTGRES"),
        };
        var command = new Command("grant-gateway-reader",
            "Create (or update) a PostgreSQL role that may only read Orleans' membership, for front-ends that find "
            + $"the gateways there. A new role's password comes from {PasswordVariable}.") { role, postgres };
        command.SetAction((result, ct) => CliContext.RunAsync(() =>
            RunAsync(result.GetValue(role)!, result.GetValue(postgres), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string role, string? postgres, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(postgres))
        {
            throw new CliException(ExitCodes.Usage, "give --postgres CONN (or LEDGER_POSTGRES): the ledger's database.");
        }

        NpgsqlConnectionStringBuilder ledger;
        try
        {
            ledger = new NpgsqlConnectionStringBuilder(postgres);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ExitCodes.Usage, $"--postgres is not a connection string: {ex.Message}");
        }

        GatewayReaderGrant grant;
        try
        {
            grant = await GatewayReaderRole.GrantAsync(postgres, role,
                Environment.GetEnvironmentVariable(PasswordVariable), cancellationToken);
        }
        catch (GatewayReaderException ex)
        {
            throw new CliException(ExitCodes.Usage, ex.Message);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new CliException(ExitCodes.Auth,
                $"the role of --postgres may not do this ({ex.MessageText}): connect as the ledger's owner or a role "
                + "with CREATEROLE.");
        }
        catch (PostgresException ex)
        {
            throw new CliException(ExitCodes.Unexpected, $"PostgreSQL refused: {ex.MessageText}");
        }
        catch (NpgsqlException ex)
        {
            throw new CliException(ExitCodes.Unreachable, $"cannot reach the ledger's database: {ex.Message}");
        }

        Console.WriteLine($"role {grant.Role} {(grant.Created ? "created" : "updated")}: it may connect to database "
            + $"{grant.Database} and read {string.Join(" and ", GatewayReaderRole.Tables)} in schema {grant.Schema}.");
        Console.WriteLine("front-ends: LedgerClusterOptions.ForMembership(\"" + FrontEndConnection(ledger, grant)
            + "\")");
        if (grant.Beyond.Count > 0)
        {
            throw new CliException(ExitCodes.Refused, $"role {grant.Role} may do more than read the gateways, "
                + $"revoke it: {string.Join("; ", grant.Beyond)}.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The connection string a front-end gives its Orleans client: the ledger's server and database as
    /// the new role, its password left for the operator to fill in.</summary>
    private static string FrontEndConnection(NpgsqlConnectionStringBuilder ledger, GatewayReaderGrant grant)
    {
        var frontEnd = new NpgsqlConnectionStringBuilder
        {
            Host = ledger.Host,
            Port = ledger.Port,
            Database = ledger.Database,
            Username = grant.Role,
        };
        if (grant.Schema != "public")
        {
            frontEnd.SearchPath = grant.Schema;
        }

        return frontEnd.ConnectionString + ";Password=...";
    }
}
