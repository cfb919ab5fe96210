using System.CommandLine;

namespace Ledger.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var result = BuildRoot().Parse(args);
        if (result.Errors.Count > 0)
        {
            // The first error in one line and the usage exit code, rather than the parser's help text and exit 1
            // (which is verify's "the books do not balance").
            await Console.Error.WriteLineAsync($"error: {result.Errors[0].Message} (see --help)");
            return ExitCodes.Usage;
        }

        CliOutput.Configure(result);
        return await result.InvokeAsync();
    }

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("ledger: operate a Ledger cluster (status, end of day, balances, verify).\n\n"
            + ExitCodes.Help);
        root.Options.Add(CliContext.UrlOption);
        root.Options.Add(CliOutput.Option);
        root.Subcommands.Add(StatusCommands.Cluster());
        root.Subcommands.Add(EndOfDayCommand.Create());
        root.Subcommands.Add(BalanceCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        return root;
    }
}
