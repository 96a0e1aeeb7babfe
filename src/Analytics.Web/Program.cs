using Analytics.Dashboards;
using Analytics.Web.Hosting;
using Analytics.Web.Jobs;

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
