using EventHub.App.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddEventHubServices();

var app = builder.Build();

if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app, args);
}

if (MigrateCommand.IsRequested(args))
{
    return await MigrateCommand.RunAsync(app);
}

if (app.RefusesToStart() || !await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseEventHubPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
