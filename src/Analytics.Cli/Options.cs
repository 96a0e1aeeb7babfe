namespace Analytics.Cli;

/// <summary>A command's arguments: positionals, and `--name value` options.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> named = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    public IReadOnlyList<string> Positional => positional;

    public string? Error { get; private set; }

    public static Options Parse(string[] args, params string[] allowed)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                if (!allowed.Contains(name) || i + 1 >= args.Length)
                {
                    options.Error = allowed.Contains(name) ? $"--{name} needs a value" : $"unknown option --{name}";
                    return options;
                }

                options.named[name] = args[++i];
            }
            else
            {
                options.positional.Add(args[i]);
            }
        }

        return options;
    }

    public string? Get(string name) => named.GetValueOrDefault(name);
}
