using System.CommandLine;
using Ledger.LoadTest.Replay;

namespace Ledger.LoadTest;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Ledger load-test toolkit: replay transaction streams into a ledger.");
        root.Subcommands.Add(ReplayCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
