using Analytics.Warehouse.Exports;

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
}
