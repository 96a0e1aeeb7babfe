namespace Analytics.Cli;

/// <summary>The command table: one small class per command, as docs/contract/interfaces.md lists them.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: analytics <command> [options]

        commands:
          extract <file-or-folder> [--out FILE]   print evaluation records as JSON Lines (see docs/contract/evaluation-record.md)
          load <file-or-folder> [--db FILE] [--seeds DIR]
                                                  extract and load into the warehouse (default data/warehouse.duckdb), idempotently
          models [--db FILE] [--seeds DIR]        rebuild the SQL models and run the data tests; exit 1 when a test fails
                                                  (--seeds: a folder of CSVs replacing bundled seeds, e.g. rule_set_assignments.csv)
          generate --out DIR [--seed N] [--province NAME] [--counties N] [--years 2021-2023] [--projects N] [--defects 0.1]
                   [--formats txt,docx,xlsx,pdf] [--chromium PATH]
                                                  write a synthetic corpus with its true records
          render <file-or-folder> --format pdf|docx|xlsx --out DIR [--chromium PATH]
                                                  write text reports as the PDF, Word or Excel files counties send
          text <file> [--raw]                     the numbered lines the extractor reads from a report (PDF, Word and Excel
                                                  files as their readers lay them out): the lines records cite
          accuracy <reports> <truth> [--json] [--quiet]
                                                  extract reports and score them against their true records
          metamorphic [--seed N] [--combinations K] [--examples N] [--json] [--root DIR] [--show NAME --document PATH]
                                                  rewrite every gold document in meaning-preserving ways and count the
                                                  record fields that change (or become null) against the original's
          fuzz [--seed N] [--count N] [--workers K] [--time-limit S] [--out DIR] [--json]
                                                  read seeded mutants of every fixture in worker processes; crashes,
                                                  documents past the limit and parser exceptions are findings (exit 1)
          query "<sql>" [--db FILE] [--format csv|json|table]
                                                  read-only SQL against the warehouse
          extract-worker                          (started by load and the web app) read documents from standard input,
                                                  answer each with its records; one crash or kill costs one document
          export <report> [--year N] [--format xlsx|csv] [--out FILE] [--db FILE]
                                                  a ranked table for a meeting: execution-rates, score-inflation, recurring-gaps,
                                                  rule-violations (default out data/exports/<report>-<year|all>.<format>)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await output.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        return args[0] switch
        {
            "extract" => await ExtractCommand.RunAsync(rest, output, errors),
            Etl.Isolation.ExtractionWorker.Argument => Etl.Isolation.ExtractionWorker.RunOnStandardStreams(),
            "load" => await LoadCommand.RunAsync(rest, output, errors),
            "models" => await ModelsCommand.RunAsync(rest, output, errors),
            "query" => await QueryCommand.RunAsync(rest, output, errors),
            "export" => await ExportCommand.RunAsync(rest, output, errors),
            "text" => await TextCommand.RunAsync(rest, output, errors),
            "accuracy" => await AccuracyCommand.RunAsync(rest, output, errors),
            "metamorphic" => await MetamorphicCommand.RunAsync(rest, output, errors),
            "fuzz" => await FuzzCommand.RunAsync(rest, output, errors),
            "generate" => await GenerateCommand.RunAsync(rest, output, errors),
            "render" => await RenderCommand.RunAsync(rest, output, errors),
            _ => await UnknownAsync(args[0], errors),
        };
    }

    private static async Task<int> UnknownAsync(string command, TextWriter errors)
    {
        await errors.WriteLineAsync($"unknown command '{command}'");
        await errors.WriteLineAsync(Usage);
        return 2;
    }
}
