using Analytics.Etl.Units;

namespace Analytics.Generator.Content;

/// <summary>A county that files reports, and whether its name alone tells it from same-named counties.</summary>
internal sealed record CountyEntry(County County, bool NeedsPlace)
{
    /// <summary>The prefecture a document names (its 财政局), or the province where the prefecture is no real name.</summary>
    public string Place => IsPlaceholder(County.City) || County.City == County.Province ? County.Province : County.City;

    /// <summary>"六安市财政局", "湖北省财政厅", "北京市财政局".</summary>
    public string FinanceBureau => Place.EndsWith('省') || Place.EndsWith("自治区", StringComparison.Ordinal) ? Place + "财政厅" : Place + "财政局";

    private static bool IsPlaceholder(string name) => name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划";
}

/// <summary>
/// The counties of <see cref="CountyCatalog.Default"/> that have a 医疗保障局: real county-level divisions (no
/// placeholders, no development zones), each one the extractor can tell apart, by its name or, for same-named
/// ones, by the prefecture the document names.
/// </summary>
internal static class Counties
{
    private static readonly Lazy<IReadOnlyList<CountyEntry>> Eligible = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlyList<CountyEntry>> Spread = new(() => Interleave(Eligible.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<CountyEntry> All => Eligible.Value;

    /// <summary>Every eligible county, one per province in turn (the provinces in code order), so that any prefix is spread over provinces.</summary>
    public static IReadOnlyList<CountyEntry> SpreadOverProvinces => Spread.Value;

    public static IReadOnlyList<CountyEntry> Select(CorpusOptions options)
    {
        if (options.Province is { } province)
        {
            var name = province.Trim();
            var found = All.Where(entry => entry.County.Province == name || ShortProvince(entry.County.Province) == name).ToList();
            return found.Count > 0 ? found : throw new ArgumentException($"no county of a province named \"{province}\" in the catalog", nameof(options));
        }

        return [.. SpreadOverProvinces.Take(options.Counties)];
    }

    private static string ShortProvince(string province)
    {
        foreach (var suffix in (string[])["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"])
        {
            if (province.EndsWith(suffix, StringComparison.Ordinal) && province.Length > suffix.Length)
            {
                return province[..^suffix.Length];
            }
        }

        return province;
    }

    private static List<CountyEntry> Load()
    {
        var catalog = CountyCatalog.Default;
        var result = new List<CountyEntry>(catalog.All.Count);
        foreach (var county in catalog.All)
        {
            if (county.AdminCode[4] == '7' || county.Name.Length < 2 || county.Name is "市辖区" or "县"
                || county.Name.Contains("开发区", StringComparison.Ordinal) || county.Name.Contains("管理区", StringComparison.Ordinal))
            {
                continue;
            }

            var unit = county.Name + "医疗保障局";
            if (catalog.Resolve(unit)?.County.AdminCode == county.AdminCode)
            {
                result.Add(new CountyEntry(county, NeedsPlace: false));
                continue;
            }

            var entry = new CountyEntry(county, NeedsPlace: true);
            var context = $"{entry.FinanceBureau}：\n{entry.Place}{unit}";
            if (catalog.Resolve(unit, context)?.County.AdminCode == county.AdminCode)
            {
                result.Add(entry);
            }
        }

        return result;
    }

    private static List<CountyEntry> Interleave(IReadOnlyList<CountyEntry> counties)
    {
        var byProvince = counties.GroupBy(entry => entry.County.ProvinceCode).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.ToList()).ToList();
        var result = new List<CountyEntry>(counties.Count);
        for (var round = 0; result.Count < counties.Count; round++)
        {
            foreach (var province in byProvince)
            {
                if (round < province.Count)
                {
                    result.Add(province[round]);
                }
            }
        }

        return result;
    }
}
