namespace Ledger.Silo;

/// <summary>The data directory's lock file (<c>DIR/silo.lock</c>), held open with an exclusive lock for as long as
/// the silo runs, so that a second silo started on the same directory, which would share its silo id and key, is
/// refused. The operating system drops the lock when the process ends, however it ends (a killed silo leaves no
/// stale lock behind).</summary>
internal sealed class DataDirectoryLock : IDisposable
{
    public const string FileName = "silo.lock";

    private readonly FileStream _file;

    private DataDirectoryLock(FileStream file) => _file = file;

    /// <summary>Takes the lock or throws <see cref="DataDirectoryInUseException"/>.</summary>
    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            file.Flush();
            return new DataDirectoryLock(file);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new DataDirectoryInUseException(
                $"data directory {dataDirectory} is in use by another silo (it holds {path}); give each silo its own --data.");
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Another live silo holds the data directory.</summary>
internal sealed class DataDirectoryInUseException(string message) : Exception(message);
