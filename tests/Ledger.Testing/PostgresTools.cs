using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ledger.Testing;

/// <summary>
/// Runs the PostgreSQL command-line tools. PostgreSQL refuses to run as root, so when the tests run as root
/// (as CI does) every tool runs as the <c>postgres</c> system user through <c>runuser</c>.
/// </summary>
internal static class PostgresTools
{
    /// <summary>Where the Debian packages install the PostgreSQL 15 binaries.</summary>
    internal const string BinDirectory = "/usr/lib/postgresql/15/bin";

    internal const string SystemUser = "postgres";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    internal static bool RunningAsRoot { get; } = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>Throws, saying what to install or create, when the tools cannot run on this machine.</summary>
    internal static void RequireInstalled()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            if (!File.Exists(PathOf(tool)))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL 15 is needed by these tests but {PathOf(tool)} does not exist. Install the Debian "
                    + "package postgresql-15 (apt-get install postgresql-15).");
            }
        }

        if (RunningAsRoot && Execute("id", ["-u", SystemUser], Path.GetTempPath()).ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The tests run as root, which PostgreSQL refuses; they run it as the '{SystemUser}' system user "
                + "instead, but that user does not exist. Create it (installing postgresql-15 does, or: "
                + $"useradd --system --user-group --no-create-home {SystemUser}).");
        }
    }

    /// <summary>Runs PostgreSQL tool <paramref name="tool"/> in <paramref name="workingDirectory"/> (which the
    /// postgres user must be able to enter); throws with its output when it fails.</summary>
    internal static void Run(string tool, string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = RunningAsRoot
            ? Execute("runuser", ["-u", SystemUser, "--", PathOf(tool), .. arguments], workingDirectory)
            : Execute(PathOf(tool), arguments, workingDirectory);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{tool} {string.Join(' ', arguments)}' failed with exit code {exitCode}:\n{output}");
        }
    }

    /// <summary>Hands <paramref name="directory"/> to the user the server runs as.</summary>
    internal static void TakeOwnership(string directory)
    {
        if (!RunningAsRoot)
        {
            return;
        }

        var (exitCode, output) = Execute("chown", [$"{SystemUser}:{SystemUser}", directory], directory);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"chown of {directory} failed: {output}");
        }
    }

    private static string PathOf(string tool) => Path.Combine(BinDirectory, tool);

    private static (int ExitCode, string Output) Execute(
        string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot enter root's home directory, the usual current directory.
            WorkingDirectory = workingDirectory,
        };
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Cannot run {fileName}: {ex.Message}", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(ToolTimeout))
        {
            process.Kill(entireProcessTree: true);
            var seconds = ToolTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            throw new InvalidOperationException($"'{fileName}' did not finish within {seconds} s.");
        }

        process.WaitForExit(); // Drains the asynchronous output readers.
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
