using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

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
                throw new CliException("Give --line or --order, not both.");
            }

            var path = l is not null ? $"v1/borrowers/{b}/lines/{Uri.EscapeDataString(l)}"
                : o is not null ? $"v1/borrowers/{b}/orders/{Uri.EscapeDataString(o)}"
                : $"v1/borrowers/{b}";
            using var client = CliContext.CreateClient(result);
            var json = await client.GetJsonAsync(path, ct);
            if (json is null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]not found:[/] {path}");
                return 1;
            }

            using var document = JsonDocument.Parse(json);
            var table = new Table().AddColumns("field", "value");
            foreach (var property in document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind != JsonValueKind.Array))
            {
                table.AddRow(Markup.Escape(property.Name), Markup.Escape(property.Value.ToString()));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
