using Analytics.Warehouse.Querying;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;

namespace Analytics.Dashboards.Queries;

/// <summary>
/// A page's data for a short while, keyed by the page, its filters and the warehouse version. A Blazor Server page
/// renders twice when opened (prerendered into the HTML, then again when its circuit starts): the second render, and
/// analysts opening the same view at a meeting, reuse the first one's queries. A refresh makes a new version, so it
/// never shows old data. <c>Dashboards:PageCacheSeconds</c> sets the lifetime; 0 turns the cache off.
/// </summary>
public sealed class PageCache(WarehouseReader reader, IMemoryCache cache, IConfiguration configuration)
{
    private readonly TimeSpan lifetime = TimeSpan.FromSeconds(configuration.GetValue("Dashboards:PageCacheSeconds", 60.0));

    /// <param name="page">the page's name</param>
    /// <param name="filters">the filters as asked for (the URL's), so each view has its own entry</param>
    /// <param name="load">the page's queries</param>
    public async Task<T> GetAsync<T>(string page, string filters, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (lifetime <= TimeSpan.Zero)
        {
            return await load();
        }

        var key = (page, filters, reader.Version);
        if (cache.TryGetValue(key, out T? hit) && hit is not null)
        {
            return hit;
        }

        var value = await load();
        cache.Set(key, value, lifetime);
        return value;
    }
}
