using Ledger.Silo;

await using var silo = SiloHost.Build(args);
long limit;
try
{
    // The executable's process is the silo's own, so the silo's memory budget becomes its heap limit here (silos
    // started inside a test process share that process's heap and leave it alone).
    limit = MemoryBudget.Apply(silo.Settings.MemoryLimitMb);
}
catch (InvalidOperationException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

Console.WriteLine(silo.Banner);
Console.WriteLine($"Heap limit {limit / (1024 * 1024)} MB (--memoryLimitMb; 0 leaves the runtime's own).");
await silo.App.RunAsync();
return 0;
