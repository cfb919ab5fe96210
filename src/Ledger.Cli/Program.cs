using System.CommandLine;

namespace Ledger.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("ledger: operate a Ledger cluster (status, end of day, balances, verify).");
        root.Options.Add(CliContext.UrlOption);
        root.Subcommands.Add(StatusCommands.Cluster());
        root.Subcommands.Add(EndOfDayCommand.Create());
        root.Subcommands.Add(BalanceCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        return root;
    }
}
