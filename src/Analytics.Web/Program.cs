using Analytics.Dashboards;
using Analytics.Etl.Isolation;
using Analytics.Web.Hosting;
using Analytics.Web.Jobs;

if (args is [ExtractionWorker.Argument, ..])
{
    // started by this app's own refresh: read untrusted documents here, where a crash costs one document
    return ExtractionWorker.RunOnStandardStreams();
}

var builder = WebApplication.CreateBuilder(args);

// the dashboards' scripts and styles come from the Razor class library's static web assets; outside Development they
// are only served when asked for (from a build; a published app has them in wwwroot and no manifest, so this is a no-op)
builder.WebHost.UseStaticWebAssets();
builder.Services.AddForwardedHeaders(builder.Configuration);

builder.Services
    .AddWarehouse(builder.Configuration)
    .AddDashboards()
    .AddExports()
    .AddApi()
    .AddJobs(builder.Configuration);

var app = builder.Build();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    // an unexpected error answers a problem without its details (they go to the log)
    app.UseExceptionHandler();
}

app.LoadSamplesOnFirstStart();
app.MapDashboards();
app.MapControllers();
app.MapJobs();

app.Run();
return 0;
