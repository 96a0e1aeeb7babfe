using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Units;

/// <summary>
/// County-level divisions (embedded <c>Data/counties.csv</c>) and a resolver that finds the county named in a
/// unit name or in free text, using the rest of the document to choose among same-named counties.
/// Never guesses: a name that stays ambiguous resolves to <see langword="null"/>.
/// </summary>
public sealed partial class CountyCatalog
{
    private const string CountiesHeader = "admin_code,county,city_code,city,province_code,province";

    private static readonly Lazy<CountyCatalog> DefaultCatalog = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Dictionary<char, string>> Abbreviations =
        new(LoadAbbreviations, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Placeholder names in the source data: never counties, never evidence.</summary>
    private static readonly HashSet<string> PlaceholderNames = new(StringComparer.Ordinal)
    {
        "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
    };

    /// <summary>Words that may follow a county name without its suffix (太湖医保局, 阜南财政局 ...).</summary>
    private static readonly string[] UnitWords =
    [
        "医疗保障", "医疗保险", "医保", "社会保险", "社保", "财政", "人力资源", "人社", "人民政府", "政府",
        "卫生健康", "卫生和计划生育", "卫健", "审计", "发展和改革", "发改", "民政", "教育", "农业农村",
        "住房和城乡建设", "住建", "税务", "统计", "应急管理", "市场监督", "自然资源", "生态环境", "水利",
        "交通运输", "公安", "司法", "林业", "退役军人", "残联",
    ];

    /// <summary>Ethnic-group words stripped from autonomous prefecture/county names to get the short name (恩施土家族苗族自治州 → 恩施).</summary>
    private static readonly string[] EthnicWords =
    [
        "土家族", "苗族", "藏族", "羌族", "彝族", "布依族", "侗族", "哈尼族", "壮族", "傣族", "白族", "景颇族",
        "傈僳族", "回族", "蒙古族", "朝鲜族", "满族", "畲族", "瑶族", "黎族", "仫佬族", "毛南族", "各族", "仡佬族",
        "水族", "纳西族", "拉祜族", "佤族", "布朗族", "独龙族", "怒族", "普米族", "裕固族", "保安族", "东乡族",
        "撒拉族", "土族", "达斡尔族", "鄂温克族", "塔吉克", "锡伯", "哈萨克族", "哈萨克", "柯尔克孜", "蒙古",
        "鄂伦春", "维吾尔",
    ];

    /// <summary>Prefecture short names that are also common words; a bare mention is not taken as evidence.</summary>
    private static readonly HashSet<string> CommonWordCityShortNames = new(StringComparer.Ordinal)
    {
        "安康", "长治", "中山", "大同", "白银", "三明",
    };

    /// <summary>Short names that are also common words (平安医保科技, 光明, 东方): only the full name (平安区 ...) is matched.</summary>
    private static readonly HashSet<string> CommonWordShortNames = new(StringComparer.Ordinal)
    {
        "平安", "光明", "东方", "富民", "友谊", "共和", "安定", "太平", "和平", "新华", "长安", "红旗", "先锋", "民主", "团结",
    };

    /// <summary>Characters allowed right before a two-character county name (随县, 城区) or a short name: the end of a province, city or prefecture name.</summary>
    private const string NameBoundaryChars = "省市州盟区";

    private readonly County[] _all;
    private readonly Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly Dictionary<string, List<Place>>.AlternateLookup<ReadOnlySpan<char>> _places;
    private readonly Dictionary<string, string> _provinceShortNames = new(StringComparer.Ordinal);
    private readonly HashSet<char> _nameFirstChars = [];
    private readonly HashSet<char> _placeFirstChars = [];
    private readonly int _maxNameLength;
    private readonly int _maxPlaceLength;
    private readonly ConditionalWeakTable<string, Mentions> _mentionCache = new();

    private CountyCatalog(County[] all)
    {
        _all = all;
        var names = new Dictionary<string, NameEntry>(4096, StringComparer.Ordinal);
        var places = new Dictionary<string, List<Place>>(4096, StringComparer.Ordinal);
        var provinceNames = new HashSet<string>(StringComparer.Ordinal);
        var cityNames = new HashSet<string>(StringComparer.Ordinal);
        var cityShortNames = new HashSet<string>(StringComparer.Ordinal);
        var lastCityCode = "";
        foreach (var county in all)
        {
            if (!_provinceShortNames.ContainsKey(county.ProvinceCode))
            {
                // places named in a document: provinces and prefectures, by full and short name
                var shortProvince = ShortPlaceName(county.Province);
                _provinceShortNames[county.ProvinceCode] = shortProvince;
                provinceNames.Add(county.Province);
                provinceNames.Add(shortProvince);
                var place = new Place(PlaceKind.Province, county.ProvinceCode, county.ProvinceCode);
                AddPlace(places, county.Province, place);
                AddPlace(places, shortProvince, place);
                Entry(names, county.Province).Blocker = true;
            }

            if (county.CityCode != lastCityCode && cityNames.Add(county.City)
                && !PlaceholderNames.Contains(county.City) && county.City != county.Province)
            {
                var place = new Place(PlaceKind.City, county.CityCode, county.ProvinceCode);
                AddPlace(places, county.City, place);
                Entry(names, county.City).Blocker = true;
                var shortCity = ShortPlaceName(county.City);
                if (shortCity.Length >= 2 && shortCity != county.City)
                {
                    cityShortNames.Add(shortCity);
                    if (!CommonWordCityShortNames.Contains(shortCity))
                    {
                        AddPlace(places, shortCity, place);
                    }
                }
            }

            lastCityCode = county.CityCode;
            if (!PlaceholderNames.Contains(county.Name) && county.Name.Length >= 2)
            {
                (Entry(names, county.Name).Counties ??= []).Add(county);
            }
        }

        // "长阳县" for 长阳土家族自治县, "屏边县" for 屏边苗族自治县: an autonomous county's stem and 县 (or 旗) is how its own
        // offices often write it, as sure a name as the full one where no other county bears it
        foreach (var county in all)
        {
            if (AutonomousCountyAlias(county) is { } alias && !names.ContainsKey(alias))
            {
                (Entry(names, alias).Counties ??= []).Add(county);
            }
        }

        foreach (var county in all)
        {
            var shortName = ShortCountyName(county);
            if (shortName is null || CommonWordShortNames.Contains(shortName) || provinceNames.Contains(shortName) || cityNames.Contains(shortName)
                || cityShortNames.Contains(shortName)
                || (names.TryGetValue(shortName, out var existing) && existing.Counties is not null))
            {
                continue;
            }

            (Entry(names, shortName).ShortCounties ??= []).Add(county);
        }

        foreach (var (name, entry) in names)
        {
            _nameFirstChars.Add(name[0]);
            _maxNameLength = Math.Max(_maxNameLength, name.Length);
            if (entry.Counties is not null && !places.ContainsKey(name))
            {
                // a county name consumes its characters when scanning for places (河南蒙古族自治县 is not 河南)
                places[name] = [];
            }
        }

        foreach (var name in places.Keys)
        {
            _placeFirstChars.Add(name[0]);
            _maxPlaceLength = Math.Max(_maxPlaceLength, name.Length);
        }

        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _places = places.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private enum HitKind
    {
        County = 0,
        Blocker = 1,
        ShortName = 2,
    }

    private enum PlaceKind
    {
        Province,
        City,
    }

    /// <summary>The catalog built from the embedded <c>Data/counties.csv</c>, loaded once.</summary>
    public static CountyCatalog Default => DefaultCatalog.Value;

    /// <summary>All county-level divisions, ordered as in the CSV (by admin code).</summary>
    public IReadOnlyList<County> All => _all;

    /// <summary>Loads a catalog from a CSV with header <c>admin_code,county,city_code,city,province_code,province</c>.</summary>
    public static CountyCatalog Load(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var counties = new List<County>(3000);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in UnitsData.ReadRows(csv, CountiesHeader, "counties.csv"))
        {
            var county = new County(row[0], row[1], row[2], row[3], row[4], row[5]);
            if (county.AdminCode.Length != 6 || !county.AdminCode.All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"counties.csv: admin_code '{county.AdminCode}' is not 6 digits.");
            }

            if (!codes.Add(county.AdminCode))
            {
                throw new InvalidDataException($"counties.csv: duplicate admin_code {county.AdminCode}.");
            }

            counties.Add(county);
        }

        return new CountyCatalog([.. counties]);
    }

    /// <summary>
    /// Finds the county-level division named in a unit name (阜南县医疗保障局 → 阜南县, 太湖医保局 → 太湖县),
    /// using <paramref name="documentContext"/> to choose among same-named counties.
    /// </summary>
    public CountyMatch? Resolve(string? unitName, string? documentContext = null) =>
        string.IsNullOrWhiteSpace(unitName) ? null : Find(unitName, "unit name", documentContext);

    /// <summary>Finds a county named anywhere in free text (a title, a sentence), with the same rules as <see cref="Resolve"/>.</summary>
    public CountyMatch? FindInText(string text, string? documentContext = null) =>
        string.IsNullOrWhiteSpace(text) ? null : Find(text, "text", documentContext);

    private CountyMatch? Find(string rawText, string textLabel, string? documentContext)
    {
        var text = ChineseScript.Normalize(rawText);
        var first = FirstCountyHit(text);
        if (first is null && text.Any(char.IsWhiteSpace))
        {
            // text extracted from PDFs often has spaces between characters: 曾 都 区 医 疗 保 障 局
            first = FirstCountyHit(WhitespaceBetweenHanRegex().Replace(text, ""));
        }

        if (first is not { } found)
        {
            return null;
        }

        if (found.Counties.Count == 1)
        {
            var why = found.Kind == HitKind.County
                ? $"unique name {found.Name}"
                : $"unique short name {found.Name} + {found.UnitWord}";
            return new CountyMatch(found.Counties[0], why);
        }

        IReadOnlyList<County> candidates = found.Counties;
        foreach (var (source, label) in new[] { (rawText, textLabel), (documentContext, "document") })
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            var mentions = _mentionCache.GetValue(source, s => FindMentions(ChineseScript.Normalize(s)));
            foreach (var tier in mentions.Tiers)
            {
                var narrowed = candidates.Where(c => tier.Evidence.ContainsKey(tier.ByCity ? c.CityCode : c.ProvinceCode)).ToList();
                if (narrowed.Count == 1)
                {
                    var county = narrowed[0];
                    return new CountyMatch(county, string.Format(tier.Format, tier.Evidence[tier.ByCity ? county.CityCode : county.ProvinceCode], label));
                }

                if (narrowed.Count > 1)
                {
                    candidates = narrowed;
                }
            }
        }

        return null;
    }

    private Hit? FirstCountyHit(string text)
    {
        Hit? first = null;
        foreach (var hit in FindHits(text))
        {
            if (hit.Kind != HitKind.Blocker && (first is null || hit.Start < first.Value.Start))
            {
                first = hit;
            }
        }

        return first;
    }

    /// <summary>County names (full, or short before a unit word) in <paramref name="text"/>, longest first, overlaps removed.</summary>
    private List<Hit> FindHits(string text)
    {
        var all = new List<Hit>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!_nameFirstChars.Contains(text[i]))
            {
                continue;
            }

            for (var length = Math.Min(_maxNameLength, text.Length - i); length >= 2; length--)
            {
                if (!_names.TryGetValue(text.AsSpan(i, length), out var name, out var entry))
                {
                    continue;
                }

                if (entry.Counties is { } counties && IsCountyNameAt(text, i, length))
                {
                    all.Add(new Hit(i, length, HitKind.County, name, counties, null));
                }

                if (entry.Blocker)
                {
                    all.Add(new Hit(i, length, HitKind.Blocker, name, [], null));
                }

                if (entry.ShortCounties is { } shortCounties && HasBoundaryBefore(text, i) && UnitWordAt(text, i + length) is { } unitWord)
                {
                    all.Add(new Hit(i, length, HitKind.ShortName, name, shortCounties, unitWord));
                }
            }
        }

        all.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Start.CompareTo(b.Start));
        var accepted = new List<Hit>();
        foreach (var hit in all)
        {
            if (!accepted.Exists(a => hit.Start < a.Start + a.Length && a.Start < hit.Start + hit.Length))
            {
                accepted.Add(hit);
            }
        }

        return accepted;
    }

    /// <summary>Two-character names (随县, 城区, 郊区) are also ordinary words: require a boundary before and no 级/城/域 after.</summary>
    private static bool IsCountyNameAt(string text, int start, int length)
    {
        if (length > 2)
        {
            return true;
        }

        var end = start + length;
        return HasBoundaryBefore(text, start) && (end >= text.Length || text[end] is not ('级' or '城' or '域'));
    }

    private static bool HasBoundaryBefore(string text, int start) =>
        start == 0 || !IsHan(text[start - 1]) || NameBoundaryChars.Contains(text[start - 1], StringComparison.Ordinal);

    private static string? UnitWordAt(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var rest = text.AsSpan(position);
        foreach (var word in UnitWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    private Mentions FindMentions(string text)
    {
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        var provincesViaCity = new Dictionary<string, string>(StringComparer.Ordinal);
        var filePrefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            var matched = 0;
            if (_placeFirstChars.Contains(text[i]))
            {
                for (var length = Math.Min(_maxPlaceLength, text.Length - i); length >= 2; length--)
                {
                    if (!_places.TryGetValue(text.AsSpan(i, length), out var key, out var places))
                    {
                        continue;
                    }

                    foreach (var place in places)
                    {
                        if (place.Kind == PlaceKind.Province)
                        {
                            provinces.TryAdd(place.ProvinceCode, key);
                        }
                        else
                        {
                            cities.TryAdd(place.Code, key);
                            provincesViaCity.TryAdd(place.ProvinceCode, $"{key} ({_provinceShortNames[place.ProvinceCode]})");
                        }
                    }

                    matched = length;
                    break;
                }
            }

            i += Math.Max(matched, 1);
        }

        var abbreviations = Abbreviations.Value;
        foreach (Match match in FileNumberRegex().Matches(text))
        {
            if (abbreviations.TryGetValue(match.Groups["abbr"].Value[0], out var provinceCode))
            {
                var province = _provinceShortNames.GetValueOrDefault(provinceCode, provinceCode);
                filePrefixes.TryAdd(provinceCode, $"{match.Groups["prefix"].Value} → {province}");
            }
        }

        foreach (var (code, mention) in provincesViaCity)
        {
            provinces.TryAdd(code, mention);
        }

        return new Mentions(
        [
            new Tier(ByCity: true, cities, "city {0} in {1}"),
            new Tier(ByCity: false, provinces, "province {0} in {1}"),
            new Tier(ByCity: false, filePrefixes, "file prefix {0} in {1}"),
        ]);
    }

    /// <summary>
    /// A document number of a provincial agency: abbreviation + agency word + bracketed year,
    /// e.g. 皖医保发〔2021〕8号, 渝财社〔2022〕41号, 鄂财预发[2021]. Not preceded by another Han character
    /// (西宁财发, 创新发) unless it is a word that usually introduces a document number (根据, 按照 ...).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}-[据照依见转及和与按以的经在]])(?<prefix>(?<abbr>\p{IsCJKUnifiedIdeographs})(?:医疗保障|医保|人社|人力资源|财|政|发|卫|教|民|农|审|办|建|交|水|林|环|文|统|税|市场|应急|编|组|党|纪|监|公|司|科|商|国资|自然|住建|社|劳|退役)\p{IsCJKUnifiedIdeographs}{0,6}?)\s*[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]")]
    private static partial Regex FileNumberRegex();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex WhitespaceBetweenHanRegex();

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>湖北省 → 湖北, 十堰市 → 十堰, 恩施土家族苗族自治州 → 恩施, 大兴安岭地区 → 大兴安岭, 兴安盟 → 兴安, 内蒙古自治区 → 内蒙古.</summary>
    private static string ShortPlaceName(string name)
    {
        foreach (var suffix in (string[])["自治区", "自治州", "地区", "省", "市", "盟"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return StripEthnicWords(name[..^suffix.Length]);
            }
        }

        return name;
    }

    private static string? AutonomousCountyAlias(County county)
    {
        foreach (var (suffix, plain) in (ReadOnlySpan<(string, string)>)[("自治县", "县"), ("自治旗", "旗")])
        {
            if (county.Name.EndsWith(suffix, StringComparison.Ordinal) && county.AdminCode[4] != '7'
                && StripEthnicWords(county.Name[..^suffix.Length]) is { Length: >= 2 } stem)
            {
                return stem + plain;
            }
        }

        return null;
    }

    /// <summary>太湖县 → 太湖, 郧西县 → 郧西, 长阳土家族自治县 → 长阳, 浦东新区 → 浦东, 神农架林区 → 神农架; null when there is no usable short name.</summary>
    private static string? ShortCountyName(County county)
    {
        // NBS statistical codes x71-x79 are development zones, not divisions with a usable short name
        if (county.AdminCode[4] == '7' || PlaceholderNames.Contains(county.Name))
        {
            return null;
        }

        var name = county.Name;
        string? stem = null;
        foreach (var suffix in (string[])["自治县", "自治旗"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = StripEthnicWords(name[..^suffix.Length]);
                break;
            }
        }

        if (stem is null)
        {
            foreach (var suffix in (string[])["新区", "林区", "区", "县", "市", "旗"])
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    stem = name[..^suffix.Length];
                    break;
                }
            }
        }

        return stem is { Length: >= 2 } && stem != name ? stem : null;
    }

    private static string StripEthnicWords(string name)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in EthnicWords)
            {
                if (name.EndsWith(word, StringComparison.Ordinal))
                {
                    var rest = name[..^word.Length];
                    if (rest.Length == 0)
                    {
                        // the whole name is an ethnic group: 东乡族 → 东乡, 鄂伦春 stays
                        return name.EndsWith('族') && name.Length >= 3 ? name[..^1] : name;
                    }

                    if (rest.Length >= 2)
                    {
                        name = rest;
                        changed = true;
                        break;
                    }
                }
            }
        }

        return name;
    }

    private static NameEntry Entry(Dictionary<string, NameEntry> names, string name)
    {
        if (!names.TryGetValue(name, out var entry))
        {
            entry = new NameEntry();
            names[name] = entry;
        }

        return entry;
    }

    private static void AddPlace(Dictionary<string, List<Place>> places, string name, Place place)
    {
        if (!places.TryGetValue(name, out var list))
        {
            list = [];
            places[name] = list;
        }

        list.Add(place);
    }

    private static CountyCatalog LoadDefault()
    {
        using var reader = UnitsData.Open("counties.csv");
        return Load(reader);
    }

    private static Dictionary<char, string> LoadAbbreviations()
    {
        using var reader = UnitsData.Open("province_abbreviations.csv");
        var map = new Dictionary<char, string>();
        foreach (var row in UnitsData.ReadRows(reader, "abbreviation,province_code,province", "province_abbreviations.csv"))
        {
            if (row[0].Length != 1 || !map.TryAdd(row[0][0], row[1]))
            {
                throw new InvalidDataException($"province_abbreviations.csv: bad or repeated abbreviation '{row[0]}'.");
            }
        }

        return map;
    }

    private readonly record struct Hit(int Start, int Length, HitKind Kind, string Name, List<County> Counties, string? UnitWord);

    private sealed record Place(PlaceKind Kind, string Code, string ProvinceCode);

    /// <summary>What a name in the text can be: a county (full name), a county (short name, needs a unit word after it), and/or a province or prefecture name that hides shorter county names inside it.</summary>
    private sealed class NameEntry
    {
        public List<County>? Counties { get; set; }

        public List<County>? ShortCounties { get; set; }

        public bool Blocker { get; set; }
    }

    /// <summary>One kind of evidence: codes (city or province) mentioned, each with the text that mentioned it.</summary>
    private sealed record Tier(bool ByCity, Dictionary<string, string> Evidence, string Format);

    private sealed record Mentions(Tier[] Tiers);
}
