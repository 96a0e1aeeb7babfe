using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Jobs;

public static class JobsHosting
{
    /// <summary>
    /// Hangfire: storage (PostgreSQL when <c>ConnectionStrings:Hangfire</c> is set, in memory otherwise), a server
    /// and the refresh job. The storage and the job activator are this app's own services rather than Hangfire's
    /// process-wide defaults, so two app instances in one process (as in the tests) never share them by accident.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RefreshOptions>().Bind(configuration.GetSection(RefreshOptions.Section));
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section));
        services.AddSingleton(provider => CreateStorage(
            provider.GetRequiredService<IOptions<JobsOptions>>().Value,
            provider.GetRequiredService<IConfiguration>().GetConnectionString(JobsOptions.ConnectionStringName)));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogging(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer((provider, server) =>
        {
            var options = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            server.WorkerCount = Math.Max(1, options.WorkerCount);
        });
        services.AddTransient<RefreshJob>();
        return services;
    }

    /// <summary>The Hangfire dashboard (<c>/jobs</c>) and the recurring refresh, registered idempotently at every start.</summary>
    public static WebApplication MapJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        app.MapHangfireDashboard(options.DashboardPath, new DashboardOptions
        {
            DashboardTitle = options.DashboardTitle,
            AppPath = "/",
            Authorization = [new DashboardAccess(options.DashboardAllowRemote)],
        }, app.Services.GetRequiredService<JobStorage>());

        var refresh = app.Services.GetRequiredService<IOptions<RefreshOptions>>().Value;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        if (string.IsNullOrWhiteSpace(refresh.Cron))
        {
            recurring.RemoveIfExists(refresh.JobId);
        }
        else
        {
            recurring.AddOrUpdate<RefreshJob>(refresh.JobId, job => job.Run(null), refresh.Cron);
        }

        return app;
    }

    /// <summary>Queues a refresh now; the id is what <c>GET /api/jobs/{id}</c> takes.</summary>
    public static string EnqueueRefresh(this IBackgroundJobClient client) => client.Enqueue<RefreshJob>(job => job.Run(null));

    private static JobStorage CreateStorage(JobsOptions options, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new InMemoryStorage();
        }

        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.SchemaName,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.QueuePollInterval,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
    }

    /// <summary>The dashboard can delete and requeue jobs: local requests only, unless opened up by configuration.</summary>
    private sealed class DashboardAccess(bool allowRemote) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            if (allowRemote)
            {
                return true;
            }

            var connection = context.GetHttpContext().Connection;
            return connection.RemoteIpAddress is null
                || System.Net.IPAddress.IsLoopback(connection.RemoteIpAddress)
                || connection.RemoteIpAddress.Equals(connection.LocalIpAddress);
        }
    }
}
