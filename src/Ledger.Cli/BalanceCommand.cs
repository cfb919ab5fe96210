using System.CommandLine;
using System.Text.Json;

namespace Ledger.Cli;

/// <summary><c>ledger balance BORROWER [--line L | --order O]</c>.</summary>
internal static class BalanceCommand
{
    public static Command Create()
    {
        var borrower = new Argument<string>("borrower") { Description = "Borrower id." };
        var line = new Option<string?>("--line") { Description = "A credit line of the borrower." };
        var order = new Option<string?>("--order") { Description = "A supply-chain order of the borrower." };
        var command = new Command("balance", "Balances of a borrower, or of one of its lines or orders.")
        {
            borrower, line, order,
        };
        command.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            var b = Uri.EscapeDataString(result.GetValue(borrower)!);
            var (l, o) = (result.GetValue(line), result.GetValue(order));
            if (l is not null && o is not null)
            {
                throw new CliException("give --line or --order, not both.");
            }

            var path = l is not null ? $"v1/borrowers/{b}/lines/{Uri.EscapeDataString(l)}"
                : o is not null ? $"v1/borrowers/{b}/orders/{Uri.EscapeDataString(o)}"
                : $"v1/borrowers/{b}";
            using var client = CliContext.CreateClient(result);
            var json = await client.GetJsonAsync(path, ct);
            if (json is null)
            {
                return await CliContext.FailAsync(ExitCodes.NotFound, $"not found: {path}");
            }

            if (CliOutput.Mode == OutputMode.Json)
            {
                Console.WriteLine(json);
                return ExitCodes.Ok;
            }

            using var document = JsonDocument.Parse(json);
            CliOutput.Rows(["field", "value"], document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind != JsonValueKind.Array)
                .Select(p => new[] { p.Name, p.Value.ToString() })
                .ToList());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
