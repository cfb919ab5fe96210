namespace Ledger.Testing;

/// <summary>Waiting without sleeping for a fixed time: probe until a condition holds or a deadline passes.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Probes until <paramref name="probe"/> returns true; throws <see cref="TimeoutException"/> naming
    /// <paramref name="what"/> (and <paramref name="describe"/>, for context) once <paramref name="deadline"/> has
    /// passed.</summary>
    public static async Task UntilAsync(Func<Task<bool>> probe, TimeSpan deadline, string what,
        Func<string>? describe = null)
    {
        var until = DateTime.UtcNow + deadline;
        while (!await probe())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Gave up after {deadline.TotalSeconds:F0} s waiting for {what}."
                    + (describe is null ? string.Empty : "\n" + describe()));
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Awaits <paramref name="task"/> for at most <paramref name="deadline"/>; a timeout is a failure that
    /// names <paramref name="what"/>, never a hang.</summary>
    public static async Task<T> WithinAsync<T>(Task<T> task, TimeSpan deadline, string what)
    {
        try
        {
            return await task.WaitAsync(deadline);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{what} did not finish within {deadline.TotalSeconds:F0} s.", ex);
        }
    }

    public static async Task WithinAsync(Task task, TimeSpan deadline, string what)
    {
        try
        {
            await task.WaitAsync(deadline);
        }
        catch (TimeoutException ex) when (!task.IsCompleted)
        {
            throw new TimeoutException($"{what} did not finish within {deadline.TotalSeconds:F0} s.", ex);
        }
    }
}
