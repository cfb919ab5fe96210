using System.Reflection;
using System.Runtime.ExceptionServices;
using Ledger.Storage;

namespace Ledger.Silo.Tests.Support;

/// <summary>A silo's store that fails on demand: while a failure is set, every call (or only the one named) throws
/// it, as the store's client library would; <see cref="ILedgerStore.Classify"/> always goes to the real store, which
/// judges the failure as it would its own. Built by a <see cref="DispatchProxy"/>, so it keeps compiling when the
/// store interface grows.</summary>
internal sealed class BreakableStore
{
    private Func<Exception>? _failure;
    private string? _only;
    private bool _afterInner;

    public ILedgerStore? Inner { get; private set; }

    /// <summary>The decorator to hand to <see cref="TestSilo.StartAsync(string?, string?, string[], Func{ILedgerStore, ILedgerStore}?)"/>.</summary>
    public ILedgerStore Wrap(ILedgerStore inner)
    {
        Inner = inner;
        var proxy = DispatchProxy.Create<ILedgerStore, BreakableStoreForwarder>();
        ((BreakableStoreForwarder)(object)proxy).Owner = this;
        return proxy;
    }

    /// <summary>Every call but <see cref="ILedgerStore.Classify"/> and disposal throws what <paramref name="failure"/>
    /// makes, or only calls of <paramref name="only"/>; with <paramref name="afterInner"/> the real call is made
    /// first (and awaited), then the failure thrown: a commit written whose answer was lost.</summary>
    public void Break(Func<Exception> failure, string? only = null, bool afterInner = false) =>
        (_failure, _only, _afterInner) = (failure, only, afterInner);

    public void Mend() => _failure = null;

    internal bool AfterInner => _afterInner;

    internal Exception? FailureFor(string method) =>
        _failure is { } make && (_only is null || _only == method) ? make() : null;
}

/// <summary>The proxy of <see cref="BreakableStore"/> (public and unsealed: <see cref="DispatchProxy"/> derives from it).
/// </summary>
public class BreakableStoreForwarder : DispatchProxy
{
    internal BreakableStore Owner { get; set; } = null!;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var inner = Owner.Inner!;
        var failure = targetMethod.Name is nameof(ILedgerStore.Classify) or nameof(IAsyncDisposable.DisposeAsync)
            ? null
            : Owner.FailureFor(targetMethod.Name);
        if (failure is null)
        {
            return Call(targetMethod, inner, args);
        }

        if (Owner.AfterInner && typeof(Task).IsAssignableFrom(targetMethod.ReturnType))
        {
            return FailAfter(targetMethod, (Task)Call(targetMethod, inner, args)!, failure);
        }

        throw failure;
    }

    private static object? Call(MethodInfo method, ILedgerStore inner, object?[]? args)
    {
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    /// <summary>The inner call's task, then the failure, as a task of the method's result type.</summary>
    private static object FailAfter(MethodInfo method, Task call, Exception failure)
    {
        if (!method.ReturnType.IsGenericType)
        {
            return FailAfterAsync(call, failure);
        }

        var typed = typeof(BreakableStoreForwarder).GetMethod(nameof(FailAfterTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]);
        return typed.Invoke(null, [call, failure])!;
    }

    private static async Task FailAfterAsync(Task call, Exception failure)
    {
        await call;
        throw failure;
    }

    private static async Task<T> FailAfterTypedAsync<T>(Task call, Exception failure)
    {
        await call;
        throw failure;
    }
}
