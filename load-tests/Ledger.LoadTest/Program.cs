using System.CommandLine;
using Ledger.LoadTest.Replay;

namespace Ledger.LoadTest;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Ledger load-test toolkit: replay transaction streams into a ledger.");
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(Generate.GenerateCommand.Create());
        root.Subcommands.Add(Baseline.BaselineCommand.Create());
        root.Subcommands.Add(OrleansBaseline.OrleansBaselineCommand.Create());
        root.Subcommands.Add(EodBaseline.EodBaselineCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
