using Analytics.Warehouse.Querying;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Hosting;

public static class WarehouseHosting
{
    /// <summary>The warehouse's options and its read side, one <see cref="WarehouseReader"/> for the whole app.</summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WarehouseOptions>().Bind(configuration.GetSection(WarehouseOptions.Section));
        services.AddOptions<ExtractionOptions>().Bind(configuration.GetSection(ExtractionOptions.Section));
        services.AddSingleton(provider => new WarehouseReader(provider.GetRequiredService<IOptions<WarehouseOptions>>().Value.FullDatabasePath));

        // the source panel shows a report's lines: read in a worker process like every untrusted file, never here
        // (the container stops its workers when the app stops)
        services.AddSingleton<Analytics.Etl.Reading.ISourceTextReader>(provider => provider.GetRequiredService<IOptions<ExtractionOptions>>().Value.CreateExtractor());
        return services;
    }

    /// <summary>
    /// On the first start there is no warehouse yet: every report under <c>Warehouse:SamplesPath</c> is loaded now,
    /// before the app answers, so every page has data. With no samples an empty warehouse is built.
    /// </summary>
    public static WebApplication LoadSamplesOnFirstStart(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
        var extraction = app.Services.GetRequiredService<IOptions<ExtractionOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WarehouseHosting));
        FirstStart.LoadSamples(options, extraction, logger);
        return app;
    }
}
