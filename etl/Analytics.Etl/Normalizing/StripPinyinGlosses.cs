using System.Buffers;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Normalizing;

/// <summary>
/// Removes the pinyin a web page's script conversion glued after characters: <c>績效自評報(bào)告</c> →
/// <c>績效自評報告</c>, <c>項(xiàng)目</c> → <c>項目</c>. Only a parenthesized run of lowercase latin letters that holds a
/// tone-marked vowel, right after a Han character, is taken: <c>(A)</c>, <c>(B/A)</c> or <c>(kg)</c> stay.
/// </summary>
public sealed partial class StripPinyinGlosses : ILineNormalizer
{
    private static readonly SearchValues<char> ToneVowels = SearchValues.Create("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ");

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,12}[)）]")]
    private static partial Regex Gloss();

    public string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.AsSpan().ContainsAny(ToneVowels) ? Gloss().Replace(line, string.Empty) : line;
    }
}
