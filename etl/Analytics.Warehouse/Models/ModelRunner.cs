using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Models;

/// <summary>
/// Builds the warehouse's models: loads the seeds (sql/seeds/*.csv and the vendored county list), creates the
/// macros, then wraps each model's SELECT in <c>create or replace view|table</c> in dependency order (DuckDB binds
/// a view when it is created, so what it reads must exist first).
/// </summary>
public static partial class ModelRunner
{
    private static readonly string[] Layers = ["staging", "intermediate", "marts", "reports", "public"];

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();

    public static IReadOnlyList<string> Build(DuckDBConnection connection, IProgress<string>? progress = null, string? seedsFolder = null)
    {
        Loading.RawSchema.Ensure(connection);
        Seeds.Load(connection, seedsFolder);
        foreach (var (_, sql) in SqlFiles.In("macros"))
        {
            connection.Execute(sql);
        }

        var models = Ordered(All());
        DropStale(connection, models);
        foreach (var model in models)
        {
            var kind = model.IsTable ? "table" : "view";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                connection.Execute($"create or replace {kind} {model.Name} as\n{model.Sql}", commandTimeout: 0);
                progress?.Report($"{model.Layer}/{model.Name} ({kind}) {clock.Elapsed.TotalSeconds:0.00}s");
            }
            catch (DuckDBException error)
            {
                throw new ModelBuildException($"model {model.Layer}/{model.Name}.sql failed: {error.Message}", error);
            }
        }

        return models.Select(model => model.Name).ToList();
    }

    internal static List<Model> All()
    {
        var models = new List<Model>();
        foreach (var layer in Layers)
        {
            foreach (var (name, sql) in SqlFiles.In($"models/{layer}"))
            {
                if (!Identifier().IsMatch(name))
                {
                    throw new ModelBuildException($"model file name {name} is not a lowercase SQL identifier");
                }

                models.Add(new Model(name, layer, sql.Trim().TrimEnd(';')));
            }
        }

        return models;
    }

    /// <summary>Topological order over the relations each model reads; a cycle is an error in the SQL.</summary>
    internal static List<Model> Ordered(IReadOnlyList<Model> models)
    {
        var byName = models.ToDictionary(model => model.Name, StringComparer.Ordinal);
        var ordered = new List<Model>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);

        void Visit(Model model, Stack<string> path)
        {
            if (state.GetValueOrDefault(model.Name) == 2)
            {
                return;
            }

            if (state.GetValueOrDefault(model.Name) == 1)
            {
                throw new ModelBuildException($"models depend on each other in a cycle: {string.Join(" → ", path.Reverse().Append(model.Name))}");
            }

            state[model.Name] = 1;
            path.Push(model.Name);
            foreach (var reference in model.References().Order(StringComparer.Ordinal))
            {
                if (byName.TryGetValue(reference, out var dependency) && dependency != model)
                {
                    Visit(dependency, path);
                }
            }

            path.Pop();
            state[model.Name] = 2;
            ordered.Add(model);
        }

        foreach (var model in models)
        {
            Visit(model, new Stack<string>());
        }

        return ordered;
    }

    /// <summary>Relations of an earlier build that no model file makes any more would linger in the copied file.</summary>
    private static void DropStale(DuckDBConnection connection, List<Model> models)
    {
        var current = models.ToDictionary(model => model.Name, StringComparer.Ordinal);
        var existing = connection.Query<(string Name, string Type)>(
            "select table_name, table_type from information_schema.tables where table_schema = 'main'").ToList();
        foreach (var (name, type) in existing.OrderBy(relation => relation.Type == "VIEW" ? 0 : 1))
        {
            // a model that changed between view and table cannot be replaced in place either
            var kept = current.TryGetValue(name, out var model) && model.IsTable == (type != "VIEW");
            if (kept || name.StartsWith("raw_", StringComparison.Ordinal) || name.StartsWith("seed_", StringComparison.Ordinal) || !Identifier().IsMatch(name))
            {
                continue;
            }

            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"drop {(type == "VIEW" ? "view" : "table")} if exists {name}"));
        }
    }
}

public sealed class ModelBuildException : Exception
{
    public ModelBuildException(string message)
        : base(message)
    {
    }

    public ModelBuildException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
