using Ledger.Silo;

await using var silo = SiloHost.Build(args);
long limit;
try
{
    // The executable's process is the silo's own, so the silo's memory budget sets its heap limit here (silos
    // started inside a test process share that process's heap and leave it alone).
    limit = MemoryBudget.Apply(silo.Settings.MemoryLimitMb);
}
catch (InvalidOperationException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

Console.WriteLine(silo.Banner);
Console.WriteLine(silo.Settings.MemoryLimitMb > 0
    ? $"Memory budget {silo.Settings.MemoryLimitMb} MB (--memoryLimitMb): heap limit {limit / (1024 * 1024)} MB."
    : $"No memory budget (--memoryLimitMb 0): heap limit {limit / (1024 * 1024)} MB, the runtime's own.");
await silo.App.RunAsync();
return 0;
