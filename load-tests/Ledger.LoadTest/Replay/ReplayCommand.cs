using System.CommandLine;
using System.Text;

namespace Ledger.LoadTest.Replay;

/// <summary>The <c>replay</c> verb: STREAM --target dry-run --outcomes OUT --snapshot SNAP.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var stream = new Argument<FileInfo>("stream") { Description = "The transaction stream (JSON Lines)." };
        var target = new Option<string>("--target")
        {
            Description = "Where to replay: 'dry-run' (the pure domain in this process).",
            DefaultValueFactory = _ => "dry-run",
        };
        var outcomes = new Option<FileInfo?>("--outcomes") { Description = "Write the outcome list here." };
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "Write the final snapshot here." };
        var command = new Command("replay", "Replay a transaction stream and write its outcomes and snapshot.")
        {
            stream, target, outcomes, snapshot,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(stream)!, result.GetValue(target)!, result.GetValue(outcomes), result.GetValue(snapshot),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo streamFile, string targetName, FileInfo? outcomesFile,
        FileInfo? snapshotFile, CancellationToken cancellationToken)
    {
        if (!streamFile.Exists)
        {
            await Console.Error.WriteLineAsync($"error: stream file '{streamFile.FullName}' does not exist.");
            return 2;
        }

        if (targetName != "dry-run")
        {
            await Console.Error.WriteLineAsync($"error: unknown target '{targetName}' (expected 'dry-run').");
            return 2;
        }

        await using var target = new DryRunTarget();
        try
        {
            await using var outcomes = OpenOutput(outcomesFile);
            using var reader = new StreamReader(streamFile.FullName, Encoding.UTF8);
            var replayer = new StreamReplayer(target, outcomes, Console.Error);
            var summary = await replayer.ReplayAsync(reader, cancellationToken);
            if (snapshotFile is not null)
            {
                var text = await target.GetSnapshotAsync(cancellationToken);
                await File.WriteAllTextAsync(snapshotFile.FullName, text, new UTF8Encoding(false), cancellationToken);
            }

            foreach (var (reason, count) in summary.RejectedByReason)
            {
                Console.WriteLine($"  {reason}: {count}");
            }

            Console.WriteLine(summary);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 3;
        }
    }

    private static StreamWriter OpenOutput(FileInfo? file)
    {
        var stream = file is null ? Stream.Null : new FileStream(file.FullName, FileMode.Create, FileAccess.Write);
        return new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }
}
