using Analytics.Dashboards.Components;
using Analytics.Dashboards.Queries;
using Analytics.Dashboards.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Dashboards;

/// <summary>How a host adds the dashboard: services first, then the endpoints. The host registers the WarehouseReader.</summary>
public static class DashboardsExtensions
{
    /// <summary>Razor components with interactive server rendering, and the page queries the pages call.</summary>
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMemoryCache();
        services.AddSingleton<PageCache>();
        services.AddSingleton<OverviewQueries>();
        services.AddSingleton<RankingQueries>();
        services.AddSingleton<CountyQueries>();
        services.AddSingleton<GapQueries>();
        services.AddSingleton<InflationQueries>();
        services.AddSingleton<QualityQueries>();
        services.AddSingleton<SourceLines>();
        services.AddScoped<SourceViewer>();
        return services;
    }

    /// <summary>Antiforgery, the static assets (plotly.js, the stylesheet) and the pages.</summary>
    public static WebApplication MapDashboards(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
