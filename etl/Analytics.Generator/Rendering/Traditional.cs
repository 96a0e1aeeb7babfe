using System.Text;
using Analytics.Etl.Records;

namespace Analytics.Generator.Rendering;

/// <summary>
/// Traditional characters (績效自評表, 預算執行率, 項目名稱) as a report from a county that types them prints them. Every
/// pair here is one the extractor's Data/traditional_simplified.csv folds back. The truth keeps the text as printed:
/// names, targets and headings in traditional characters; the county and its code are the canonical ones.
/// </summary>
internal static class Traditional
{
    private const string Pairs =
        "绩績评評价價预預执執项項称稱标標实實际際级級产產数數质質时時经經济濟会會态態续續响響满滿务務对對总總计計调調单單门門" +
        "医醫疗療县縣区區转轉资資决決报報汇匯体體说說备備万萬达達补補参參办辦构構额額准準确確范範围圍据據较較现現应應费費险險" +
        "结結无無与與关關为為发發导導审審难難录錄众眾担擔负負轻輕种種减減动動过過这這请請证證联聯网網规規细細视視户戶处處劳勞" +
        "卫衛农農乡鄉镇鎮财財厅廳龙龍兴興华華东東临臨阳陽长長张張陈陳杨楊赵趙黄黃养養护護残殘贫貧优優抚撫灾災违違纠糾纷紛举舉" +
        "验驗检檢测測监監档檔统統筹籌缴繳账賬异異亿億划劃节節约約类類别別阶階训訓练練层層宁寧广廣贵貴云雲辽遼陕陝苏蘇凤鳳齐齊" +
        "鲁魯丰豐汉漢滨濱湾灣岭嶺随隨郧鄖间間问問题題进進设設开開严嚴织織环環营營运運维維线線团團组組讯訊认認观觀权權责責协協" +
        "购購诊診断斷药藥机機术術伤傷儿兒妇婦龄齡岁歲乐樂业業储儲库庫";

    private static readonly Dictionary<char, char> Map = Build();

    /// <summary>The simplified characters this map prints in traditional form (for tests).</summary>
    internal static IReadOnlyDictionary<char, char> Characters => Map;

    public static string Apply(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (Map.TryGetValue(text[i], out var traditional))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(traditional);
            }
            else
            {
                builder?.Append(text[i]);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The record as a hand-checker writes it for a traditional print: text as printed, county canonical.</summary>
    public static EvaluationRecord Truth(EvaluationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.WithTexts(text => text is null ? null : Apply(text));
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map.TryAdd(Pairs[i], Pairs[i + 1]);
        }

        return map;
    }
}
