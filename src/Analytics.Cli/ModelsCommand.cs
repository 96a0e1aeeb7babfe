namespace Analytics.Cli;

/// <summary><c>models [--db FILE] [--seeds DIR]</c>: rebuilds the SQL models and runs the data tests; exit 1 when a test fails.</summary>
public static class ModelsCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options.Parse(args, "db", "seeds");
        if (options.Error is not null || options.Positional.Count != 0)
        {
            await errors.WriteLineAsync(options.Error ?? "models: takes no positional argument");
            return 2;
        }

        return await LoadCommand.RefreshAsync(options.Get("db") ?? Warehouse.Warehouse.DefaultPath, null, options.Get("seeds"), output, errors);
    }
}
