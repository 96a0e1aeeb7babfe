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

builder.Services
    .AddWarehouse(builder.Configuration)
    .AddDashboards()
    .AddExports()
    .AddApi()
    .AddJobs(builder.Configuration);

var app = builder.Build();

app.LoadSamplesOnFirstStart();
app.MapDashboards();
app.MapControllers();
app.MapJobs();

app.Run();
return 0;
