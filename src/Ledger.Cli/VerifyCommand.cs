using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Ledger.Cli;

/// <summary><c>ledger verify</c>: re-adds the whole journal from the store and checks every invariant of the
/// semantics §6 against the ledger's balances. Exit code 0 when the books are right, 1 when not.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Re-add the whole journal and check it against every balance.");
        command.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            using var client = CliContext.CreateClient(result);
            var verifier = new LedgerVerifier();
            // One consistent read: the journal's postings, then the snapshot on the last line.
            JsonDocument? snapshot = null;
            await using (var audit = await client.OpenStreamAsync("v1/audit", ct))
            {
                using var reader = new StreamReader(audit);
                while (await reader.ReadLineAsync(ct) is { Length: > 0 } line)
                {
                    if (line.StartsWith("{\"snapshot\":", StringComparison.Ordinal))
                    {
                        // The snapshot spans the rest of the response, line breaks and all.
                        snapshot = JsonDocument.Parse(line + "\n" + await reader.ReadToEndAsync(ct));
                        break;
                    }

                    using (var document = JsonDocument.Parse(line))
                    {
                        var p = document.RootElement;
                        verifier.AddPosting(p.GetProperty("borrower").GetString()!, p.GetProperty("entry").GetInt64(),
                            p.GetProperty("entityKind").GetString()!, p.GetProperty("entity").GetString()!,
                            p.GetProperty("account").GetString()!, p.GetProperty("amount").GetInt64());
                    }
                }
            }

            using var read = snapshot
                ?? throw new CliException(ExitCodes.Unexpected, "the audit read ended before its snapshot.");
            var ok = verifier.CheckAgainst(read.RootElement.GetProperty("snapshot"));
            foreach (var problem in verifier.Problems)
            {
                CliOutput.Line("[red]✗[/] " + Markup.Escape(problem));
            }

            var verdict = ok ? "[green]books balance[/]" : "[red]books do NOT balance[/]";
            CliOutput.Line(
                $"{verdict}: {verifier.Entries} entries, {verifier.Postings} postings re-added and checked");
            return ok ? ExitCodes.Ok : ExitCodes.NotBalanced;
        }));
        return command;
    }
}

/// <summary><c>ledger snapshot [--out FILE]</c>.</summary>
internal static class SnapshotCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the snapshot here instead of stdout." };
        var command = new Command("snapshot", "The ledger's snapshot (stream-format.md).") { output };
        command.SetAction((result, ct) => CliContext.RunAsync(async () =>
        {
            using var client = CliContext.CreateClient(result);
            var text = await client.GetSnapshotAsync(ct);
            if (result.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, ct);
            }
            else
            {
                Console.Write(text);
            }

            return 0;
        }));
        return command;
    }
}
