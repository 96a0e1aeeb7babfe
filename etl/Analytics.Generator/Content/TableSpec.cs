using Analytics.Etl.Units;

namespace Analytics.Generator.Content;

/// <summary>The defects a generated record may carry (at most one each); the truth still says what the text says.</summary>
internal enum DefectKind
{
    /// <summary>An indicator scored above its weight (15 of 10).</summary>
    ScoreAboveWeight,

    /// <summary>A ≥ target missed, yet scored in full.</summary>
    MissedTargetFullMarks,

    /// <summary>The stated total is not the sum of its parts.</summary>
    TotalNotAddingUp,

    /// <summary>Amounts printed in 元 instead of 万元 (the truth stays in 万元).</summary>
    AmountsInYuan,

    /// <summary>Digits printed full-width (１２３).</summary>
    FullWidthDigits,

    /// <summary>An amount broken over two printed lines ("582." / "36"), flat text only.</summary>
    BrokenNumber,

    /// <summary>An actual written as a target ("≥40%" in 实际完成值).</summary>
    ActualAsTarget,

    /// <summary>Every actual copies its target text.</summary>
    ActualsCopyTargets,
}

internal static class DefectNames
{
    public static string Of(DefectKind kind) => kind switch
    {
        DefectKind.ScoreAboveWeight => "score_above_weight",
        DefectKind.MissedTargetFullMarks => "missed_target_full_marks",
        DefectKind.TotalNotAddingUp => "total_not_adding_up",
        DefectKind.AmountsInYuan => "amounts_in_yuan",
        DefectKind.FullWidthDigits => "full_width_digits",
        DefectKind.BrokenNumber => "broken_number",
        DefectKind.ActualAsTarget => "actual_written_as_target",
        _ => "actuals_copy_targets",
    };
}

/// <summary>One indicator row as the table states it.</summary>
internal sealed class IndicatorSpec
{
    public required string Level1 { get; init; }

    public required string Level2 { get; init; }

    public required string Name { get; init; }

    public required Direction Direction { get; init; }

    public required MeasureKind Kind { get; init; }

    public required string Target { get; set; }

    public required string Actual { get; set; }

    /// <summary>The number in the target and actual texts, for quantitative rows (null for qualitative ones).</summary>
    public decimal? TargetValue { get; set; }

    public decimal? ActualValue { get; set; }

    public decimal Weight { get; set; }

    public decimal Score { get; set; }

    public string? Note { get; set; }

    /// <summary>计量单位 for layouts that print it in its own column.</summary>
    public string? UnitText { get; init; }

    /// <summary>指标性质 for layouts that print it in its own column.</summary>
    public string DirectionText => Direction switch
    {
        Direction.AtLeast => "≥",
        Direction.AtMost => "≤",
        Direction.Exact => "=",
        _ => "定性",
    };
}

/// <summary>One 自评表 (project or 部门整体) as the unit filled it in, before a layout prints it.</summary>
internal sealed class TableSpec
{
    public required bool Department { get; init; }

    public required int Year { get; init; }

    public required County County { get; init; }

    public required string UnitName { get; init; }

    public required string UnitCode { get; init; }

    public string? Project { get; init; }

    public Category Category { get; init; }

    public string? ImplementingUnit { get; init; }

    public string? ImplementingCode { get; init; }

    public decimal Initial { get; set; }

    public decimal Adjusted { get; set; }

    public decimal Executed { get; set; }

    /// <summary>执行率 in percent with two decimals, as printed (96.48).</summary>
    public decimal RatePercent { get; set; }

    public decimal ExecutionWeight { get; set; }

    public decimal ExecutionScore { get; set; }

    public List<IndicatorSpec> Indicators { get; } = [];

    public decimal Total { get; set; }

    public required string Goal { get; init; }

    public required string Done { get; init; }

    public required string Contact { get; init; }

    public required string Phone { get; init; }

    public DefectKind? Defect { get; set; }

    public decimal Rate => RatePercent / 100m;
}
