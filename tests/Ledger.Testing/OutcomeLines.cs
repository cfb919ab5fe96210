namespace Ledger.Testing;

/// <summary>The replayer's outcome writer: collects whole lines under a lock, so the list can be read while lanes
/// of a failed replay may still be finishing.</summary>
public sealed class OutcomeLines : TextWriter
{
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            _lines.Add(value ?? string.Empty);
        }
    }

    public override void Write(char value) =>
        throw new NotSupportedException("The replayer writes whole lines; a partial write would be lost.");

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The outcome list as the conformance files hold it: one line each, every line ending in \n.</summary>
    public string Text => string.Concat(Lines.Select(l => l + "\n"));
}
