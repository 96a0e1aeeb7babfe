using System.Buffers;
using System.Text;

namespace Analytics.Etl.Normalizing;

/// <summary>
/// One spelling per comparison: ≧ ⩾ &gt;= → ≥ and ≦ ⩽ &lt;= → ≤ (full-width ＞＝ arrives here as &gt;=
/// after NFKC). Words such as 大于等于 or 不低于 are left as they are.
/// </summary>
public sealed class NormalizeComparisonSigns : ILineNormalizer
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("≧≦⩾⩽<>");

    public string Normalize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var first = line.AsSpan().IndexOfAny(Triggers);
        if (first < 0)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        builder.Append(line, 0, first);
        for (var i = first; i < line.Length; i++)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            switch (c)
            {
                case '≧' or '⩾':
                    builder.Append('≥');
                    break;
                case '≦' or '⩽':
                    builder.Append('≤');
                    break;
                case '>' when next == '=':
                    builder.Append('≥');
                    i++;
                    break;
                case '<' when next == '=':
                    builder.Append('≤');
                    i++;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
