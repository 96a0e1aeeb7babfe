using System.Text;

namespace Analytics.Generator.Rendering;

/// <summary>
/// The Kangxi radicals (U+2F00–U+2FD5) that PDF fonts print instead of the ideographs they look like: 金 comes out
/// as ⾦, 目 as ⽬ (unseen fixture rt10). NFKC maps them back; the truth keeps the ideographs.
/// </summary>
internal static class Radicals
{
    private static readonly Dictionary<char, char> ByCharacter = Build();

    public static string Apply(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (ByCharacter.TryGetValue(text[i], out var radical))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(radical);
            }
            else
            {
                builder?.Append(text[i]);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var code = 0x2F00; code <= 0x2FD5; code++)
        {
            var radical = (char)code;
            var character = radical.ToString().Normalize(NormalizationForm.FormKC);
            if (character.Length == 1 && character[0] != radical)
            {
                map.TryAdd(character[0], radical);
            }
        }

        return map;
    }
}
