namespace Ledger.Runtime;

/// <summary>The end-of-day barrier: borrower work enters shared, ledger commands (SetBusinessDate, EndOfDay)
/// exclusive. An exclusive request waits for shared holders to leave and holds new ones back, so an end of day
/// takes effect after every command sent before it and before every command sent after it.</summary>
internal sealed class TurnGate : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private int _shared;
    private bool _closed;
    private TaskCompletionSource _reopened = NewSignal();
    private TaskCompletionSource _drained = NewSignal();

    public async ValueTask EnterSharedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_lock)
            {
                if (!_closed)
                {
                    _shared++;
                    return;
                }

                wait = _reopened.Task;
            }

            await wait.WaitAsync(cancellationToken);
        }
    }

    public void ExitShared()
    {
        lock (_lock)
        {
            _shared--;
            if (_shared == 0 && _closed)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>Closes the gate and waits until no shared holder is left; dispose the result to reopen.</summary>
    public async Task<IDisposable> EnterExclusiveAsync(CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        Task drained;
        lock (_lock)
        {
            _closed = true;
            _drained = NewSignal();
            if (_shared == 0)
            {
                _drained.TrySetResult();
            }

            drained = _drained.Task;
        }

        try
        {
            await drained.WaitAsync(cancellationToken);
        }
        catch
        {
            Reopen();
            throw;
        }

        return new Releaser(this);
    }

    private void Reopen()
    {
        lock (_lock)
        {
            _closed = false;
            _reopened.TrySetResult();
            _reopened = NewSignal();
        }

        _exclusive.Release();
    }

    public void Dispose() => _exclusive.Dispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Releaser(TurnGate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Reopen();
            }
        }
    }
}
