using DomatAljandal.Host;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using Serilog;

// A plain (not reloadable) start-up logger: several hosts in one test process must not each try to freeze it.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

if (args is [DatabaseBackup.Command, var backupFile, ..])
{
    // dotnet run --project src/Host -- backup <file>: the same configuration as the service, no server started.
    return DatabaseBackup.Run(WebApplication.CreateBuilder(args[2..]), backupFile);
}

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.UseDefaultAddress();
    builder.AddDomatServices();

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseDomatPipeline();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The service stopped because of an error at start-up");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
