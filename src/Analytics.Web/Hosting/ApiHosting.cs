using System.Net;
using Analytics.Warehouse.Exports;
using Microsoft.AspNetCore.HttpOverrides;

namespace Analytics.Web.Hosting;

public static class ApiHosting
{
    /// <summary>The export builders shared with the CLI (Analytics.Warehouse.Exports).</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddSingleton<ReportExporter>();
        return services;
    }

    /// <summary>The MVC controllers of <c>/api</c>, answering errors as RFC 9457 problem details.</summary>
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddControllers();
        services.AddProblemDetails();
        return services;
    }

    /// <summary>
    /// Behind a reverse proxy every request arrives from the proxy: its X-Forwarded-For / -Proto say who asked, so the
    /// client's address (not the proxy's loopback one) decides whether <c>/jobs</c> is local. Proxies are trusted on
    /// loopback by default, others by <c>Hosting:KnownProxies</c> (addresses separated by ';').
    /// </summary>
    public static IServiceCollection AddForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (configuration["Hosting:KnownProxies"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
            }
        });
        return services;
    }
}
