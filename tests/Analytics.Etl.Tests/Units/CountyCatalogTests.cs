using Analytics.Etl.Units;

namespace Analytics.Etl.Tests.Units;

public sealed class CountyCatalogTests
{
    private static readonly CountyCatalog Catalog = CountyCatalog.Default;

    [Fact]
    public void Resolve_ReturnsZengdu_WhenUnitNamesDistrict()
    {
        var match = Catalog.Resolve("曾都区医疗保障局");

        Assert.NotNull(match);
        Assert.Equal("421303", match.County.AdminCode);
        Assert.Equal("曾都区", match.County.Name);
        Assert.Equal("随州市", match.County.City);
        Assert.Equal("湖北省", match.County.Province);
        Assert.Contains("unique", match.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ReturnsJinzhai_WhenUnitNamesCounty()
    {
        var match = Catalog.Resolve("金寨县医疗保障局");

        Assert.Equal("341524", match?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsJinzhai_WhenShortNameIsFollowedByUnitWord()
    {
        var match = Catalog.Resolve("金寨医保局");

        Assert.Equal("341524", match?.County.AdminCode);
    }

    [Theory]
    [InlineData("区医保局")]
    [InlineData("医保局")]
    [InlineData("县医疗保障局")]
    [InlineData("随州市医疗保障局")]
    [InlineData("六安市财政局")]
    [InlineData("市辖区医保局")]
    [InlineData("")]
    [InlineData(null)]
    public void Resolve_ReturnsNull_WhenNoCountyIsNamed(string? unitName)
    {
        Assert.Null(Catalog.Resolve(unitName, "湖北省随州市"));
    }

    [Fact]
    public void Resolve_ReturnsNull_WhenShortNameIsNotFollowedByUnitWord()
    {
        Assert.Null(Catalog.Resolve("金寨"));
    }

    [Fact]
    public void Resolve_ReturnsBeijingChaoyang_WhenContextNamesBeijing()
    {
        var match = Catalog.Resolve("朝阳区医保局", "北京市医疗保障局关于印发……的通知");

        Assert.Equal("110105", match?.County.AdminCode);
        Assert.Contains("北京", match?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ReturnsChangchunChaoyang_WhenContextNamesJilin()
    {
        var match = Catalog.Resolve("朝阳区医保局", "根据吉林省财政厅要求，长春市各区县开展绩效自评。");

        Assert.Equal("220104", match?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsNull_WhenContextProvinceHasNoDistrictOfThatName()
    {
        // 朝阳区 exists in 北京 and 长春 (吉林), not in 辽宁 (which has 朝阳县 and 朝阳市)
        Assert.Null(Catalog.Resolve("朝阳区医保局", "辽宁省医疗保障局"));
    }

    [Fact]
    public void Resolve_ReturnsLiaoningChaoyangCounty_WhenUnitNamesChaoyangCounty()
    {
        Assert.Equal("211321", Catalog.Resolve("朝阳县医疗保障局")?.County.AdminCode);
    }

    [Theory]
    [InlineData("朝阳区医保局")]
    [InlineData("江北区医疗保障局")]
    [InlineData("鼓楼区财政局")]
    [InlineData("城区医保局")]
    public void Resolve_ReturnsNull_WhenNameIsAmbiguousWithoutContext(string unitName)
    {
        Assert.Null(Catalog.Resolve(unitName));
        Assert.Null(Catalog.Resolve(unitName, "2022年度部门整体支出绩效自评报告"));
    }

    [Fact]
    public void Resolve_ReturnsChongqingJiangbei_WhenContextHasChongqingFileNumber()
    {
        var match = Catalog.Resolve("江北区医疗保障局", "根据《关于做好2019年度绩效自评工作的通知》（渝财社〔2019〕326号）要求");

        Assert.NotNull(match);
        Assert.Equal("500105", match.County.AdminCode);
        Assert.Equal("重庆市", match.County.City);
        Assert.Contains("渝财社", match.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ReturnsNingboJiangbei_WhenContextNamesNingbo()
    {
        Assert.Equal("330205", Catalog.Resolve("江北区医疗保障局", "宁波市医疗保障局")?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsTonglingSuburb_WhenContextHasAnhuiFileNumber()
    {
        // 郊区 exists in 安徽 铜陵, 山西 长治 and 黑龙江 佳木斯
        var match = Catalog.Resolve("郊区医疗保障局", "按照皖医保发〔2020〕15号文件要求");

        Assert.NotNull(match);
        Assert.Equal("340711", match.County.AdminCode);
        Assert.Contains("皖医保", match.Evidence, StringComparison.Ordinal);
        Assert.Contains("安徽", match.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ReturnsNull_WhenFileNumberAbbreviationIsInsideAWord()
    {
        // 西宁财发 is not a 宁夏 (宁) document number
        Assert.Null(Catalog.Resolve("郊区医疗保障局", "西宁财发〔2020〕15号"));
    }

    [Fact]
    public void Resolve_UsesCityInUnitName_WhenUnitNameIsQualified()
    {
        Assert.Equal("320302", Catalog.Resolve("徐州市鼓楼区财政局")?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsZengdu_WhenUnitNameIsTraditional()
    {
        Assert.Equal("421303", Catalog.Resolve("曾都區醫療保障局")?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsZengdu_WhenUnitNameIsFullWidthSpaced()
    {
        Assert.Equal("421303", Catalog.Resolve("  曾都区医疗保障局（本级）")?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsZengdu_WhenCharactersAreSpacedOut()
    {
        Assert.Equal("421303", Catalog.Resolve("曾 都 区 医 疗 保 障 局")?.County.AdminCode);
    }

    [Fact]
    public void Resolve_PrefersLongestName_WhenShorterNameIsContained()
    {
        // 平和县 (福建) contains 和县 (安徽)
        Assert.Equal("350628", Catalog.Resolve("平和县医疗保障局")?.County.AdminCode);
    }

    [Theory]
    [InlineData("沙河口区财政局", "210204")] // not 河口区 (东营)
    [InlineData("东西湖区医疗保障局", "420112")] // not 西湖区 (杭州 / 南昌)
    [InlineData("元宝山区医疗保障局", "150403")] // not 宝山区 (上海 / 双鸭山)
    public void Resolve_PrefersLongestName_WhenThreeCharacterNameIsContained(string unitName, string expected)
    {
        Assert.Equal(expected, Catalog.Resolve(unitName)?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsNull_WhenContextProvinceHasTwoDistrictsOfThatName()
    {
        // 铁西区 exists in 沈阳 and 鞍山 (both 辽宁) and in 四平 (吉林)
        Assert.Null(Catalog.Resolve("铁西区医保局", "辽宁省医疗保障局"));
        Assert.Equal("210303", Catalog.Resolve("铁西区医保局", "辽宁省鞍山市")?.County.AdminCode);
    }

    [Fact]
    public void Resolve_ReturnsSuixian_WhenTwoCharacterCountyStartsUnitName()
    {
        Assert.Equal("421321", Catalog.Resolve("随县医疗保障局")?.County.AdminCode);
        Assert.Equal("421321", Catalog.Resolve("湖北省随州市随县医疗保障局")?.County.AdminCode);
    }

    [Fact]
    public void FindInText_ReturnsNull_WhenTwoCharacterCountyIsPartOfAWord()
    {
        Assert.Null(Catalog.FindInText("加强医疗保障和县级财政资金管理"));
        Assert.Null(Catalog.FindInText("主城区医疗服务能力提升"));
    }

    [Theory]
    [InlineData("统筹整合乡村振兴财政衔接资金")] // 振兴 (振兴区) ends a word here
    [InlineData("平安医保科技公司提供信息系统运维")] // 平安 (平安区) is a common word
    public void FindInText_ReturnsNull_WhenShortNameIsPartOfOrdinaryWords(string text)
    {
        Assert.Null(Catalog.FindInText(text));
    }

    [Fact]
    public void FindInText_ReturnsShortNamedCounty_WhenItFollowsItsCity()
    {
        Assert.Equal("210603", Catalog.FindInText("丹东市振兴财政局")?.County.AdminCode);
    }

    [Fact]
    public void FindInText_ReturnsZengdu_WhenTitleNamesServiceCentre()
    {
        var match = Catalog.FindInText("曾都区医疗保障服务中心 2022 年度部门决算");

        Assert.Equal("421303", match?.County.AdminCode);
    }

    [Fact]
    public void FindInText_ReturnsCounty_WhenSentenceNamesItWithCity()
    {
        var match = Catalog.FindInText("2021年，六安市金寨县医疗保障局共支出资金1200万元。");

        Assert.Equal("341524", match?.County.AdminCode);
    }

    [Fact]
    public void FindInText_ReturnsCityEvidence_WhenDocumentNamesCity()
    {
        var match = Catalog.FindInText("鼓楼区医疗保障局2022年度绩效自评报告", "福州市医疗保障局：");

        Assert.NotNull(match);
        Assert.Equal("350102", match.County.AdminCode);
        Assert.Equal("city 福州市 in document", match.Evidence);
    }

    [Fact]
    public void FindInText_ReturnsNull_WhenTextNamesOnlyCityOrProvince()
    {
        Assert.Null(Catalog.FindInText("湖北省随州市2022年医疗保障工作总结"));
    }

    [Fact]
    public void ToSimplified_MapsTraditionalCharacters()
    {
        Assert.Equal("曾都区医疗保障局", ChineseScript.ToSimplified("曾都區醫療保障局"));
        Assert.Equal("abc 随州", ChineseScript.ToSimplified("abc 随州"));
    }

    [Fact]
    public void All_HasEveryCountyOnce_WithSixDigitCodes()
    {
        var all = Catalog.All;

        Assert.True(all.Count > 2800, $"only {all.Count} counties");
        Assert.All(all, c => Assert.Matches("^[0-9]{6}$", c.AdminCode));
        Assert.Equal(all.Count, all.Select(c => c.AdminCode).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(all, c => c.Name == "市辖区");
        Assert.All(all, c => Assert.StartsWith(c.ProvinceCode[..2], c.AdminCode, StringComparison.Ordinal));
    }

    [Fact]
    public void All_GivesMunicipalityDistrictsTheMunicipalityAsCity()
    {
        Assert.All(Catalog.All.Where(c => c.ProvinceCode == "500000"), c => Assert.Equal("重庆市", c.City));
    }

    [Fact]
    public void Load_Throws_WhenAdminCodeIsDuplicated()
    {
        const string csv = "admin_code,county,city_code,city,province_code,province\n"
            + "421303,曾都区,421300,随州市,420000,湖北省\n"
            + "421303,曾都区,421300,随州市,420000,湖北省\n";

        Assert.Throws<InvalidDataException>(() => CountyCatalog.Load(new StringReader(csv)));
    }

    [Fact]
    public void Load_BuildsCatalogFromCsv_WhenGivenSmallTable()
    {
        const string csv = "admin_code,county,city_code,city,province_code,province\n"
            + "421303,曾都区,421300,随州市,420000,湖北省\n"
            + "421321,随县,421300,随州市,420000,湖北省\n";

        var catalog = CountyCatalog.Load(new StringReader(csv));

        Assert.Equal(2, catalog.All.Count);
        Assert.Equal("421321", catalog.Resolve("随县医保局")?.County.AdminCode);
        Assert.Null(catalog.Resolve("金寨县医保局"));
    }
}
