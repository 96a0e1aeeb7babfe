-- grain: one broken rule on one evaluation (and indicator row where it is about one), with a readable detail and the
-- source line to check it against; rule codes are stable (docs/contract/interfaces.md)
with evaluations as (
    select * from fct_evaluation
),

units as (
    select * from dim_unit
),

projects as (
    select * from dim_project
),

results as (
    select * from fct_indicator_result
),

indicator_scores as (
    select * from int_indicator_scores
),

execution_scores as (
    select * from int_execution_scores
),

staged as (
    select evaluation_id, conclusion from stg_evaluations
),

described_evaluations as (
    select
        evaluations.*,
        nullif(units.county_code, '000000') as county_code,
        case when units.county_code <> '000000' then units.county_name end as county_name,
        nullif(projects.project, '(none)') as project,
        staged.conclusion
    from evaluations
    inner join units
        on evaluations.unit_key = units.unit_key
    inner join projects
        on evaluations.project_key = projects.project_key
    left join staged
        on evaluations.evaluation_id = staged.evaluation_id
),

row_sums as (
    select
        evaluation_id,
        count(*) as indicator_rows,
        count(score_reported) as scored_rows,
        sum(score_reported) as indicator_scores,
        count(case when actual_text is not null then 1 end) as rows_with_actual,
        count(case when actual_text is not null
            and replace(actual_text, ' ', '') = replace(target_text, ' ', '') then 1 end) as rows_copying_target
    from results
    group by evaluation_id
),

indicator_violations as (
    select
        results.evaluation_id,
        'score_above_weight' as rule,
        '得分 ' || results.score_reported || ' 高于分值 ' || results.weight as detail,
        results.indicator_name,
        results.source_line
    from results
    where results.score_reported > results.weight + 0.005

    union all

    select
        results.evaluation_id,
        'full_marks_on_missed_target',
        '目标 ' || results.target_text || '，实际 ' || results.actual_text || ' 未达到，却得满分 ' || results.score_reported,
        results.indicator_name,
        results.source_line
    from results
    where results.is_target_met = false
        and results.weight is not null
        and results.score_reported >= results.weight - 0.005

    union all

    select
        results.evaluation_id,
        'actual_written_as_target',
        '实际完成值“' || results.actual_text || '”写成了目标的形式，不是实际完成的数',
        results.indicator_name,
        results.source_line
    from results
    where results.actual_operator in ('>=', '<=')

    union all

    select
        results.evaluation_id,
        'qualitative_score_outside_band',
        '定性指标完成情况“' || results.actual_text || '”的得分区间为 ' || round(indicator_scores.band_min, 2)
            || '–' || round(indicator_scores.band_max, 2) || '，自评 ' || results.score_reported,
        results.indicator_name,
        results.source_line
    from results
    inner join indicator_scores
        on results.evaluation_id = indicator_scores.evaluation_id
        and results.indicator_index = indicator_scores.indicator_index
    where indicator_scores.band_max is not null
        and results.score_reported is not null
        and (results.score_reported > indicator_scores.band_max + 0.005 or results.score_reported < indicator_scores.band_min - 0.005)
),

evaluation_violations as (
    select
        evaluation_id,
        'score_above_weight' as rule,
        '预算执行率得分 ' || execution_score_reported || ' 高于分值 ' || execution_weight as detail,
        '预算执行率' as indicator_name,
        first_line as source_line
    from described_evaluations
    where execution_score_reported > execution_weight + 0.005

    union all

    select
        evaluation_id,
        'total_above_100',
        '自评总分 ' || total_score_reported || ' 超过 100 分',
        null,
        first_line
    from described_evaluations
    where total_score_reported > 100.005

    union all

    select
        described_evaluations.evaluation_id,
        'parts_do_not_sum',
        '各项得分合计 ' || round(coalesce(described_evaluations.execution_score_reported, 0) + row_sums.indicator_scores, 2)
            || ' 与自评总分 ' || described_evaluations.total_score_reported || ' 不一致',
        null,
        described_evaluations.first_line
    from described_evaluations
    inner join row_sums
        on described_evaluations.evaluation_id = row_sums.evaluation_id
    where row_sums.indicator_rows > 0
        and row_sums.scored_rows = row_sums.indicator_rows
        and described_evaluations.total_score_reported is not null
        and (described_evaluations.execution_weight is null) = (described_evaluations.execution_score_reported is null)
        and abs(coalesce(described_evaluations.execution_score_reported, 0) + row_sums.indicator_scores
            - described_evaluations.total_score_reported) > 0.5

    union all

    select
        execution_scores.evaluation_id,
        'execution_score_mismatch',
        '预算执行率 ' || round(execution_scores.rate * 100, 2) || '%，分值 ' || execution_scores.execution_weight
            || '，按规则应得 ' || round(execution_scores.execution_score_reference, 2) || '，自评 ' || execution_scores.execution_score_reported,
        '预算执行率',
        described_evaluations.first_line
    from execution_scores
    inner join described_evaluations
        on execution_scores.evaluation_id = described_evaluations.evaluation_id
    -- half a point: rounding the execution score to whole points is accepted practice
    where abs(execution_scores.execution_score_reported - execution_scores.execution_score_reference) > 0.5

    union all

    select
        described_evaluations.evaluation_id,
        'actual_copies_target',
        '全部 ' || row_sums.indicator_rows || ' 个指标的实际完成值与目标值逐字相同',
        null,
        described_evaluations.first_line
    from described_evaluations
    inner join row_sums
        on described_evaluations.evaluation_id = row_sums.evaluation_id
    where row_sums.indicator_rows >= 3
        and row_sums.rows_copying_target = row_sums.indicator_rows

    union all

    select
        evaluation_id,
        'zero_execution_positive_claim',
        '预算 ' || budget_adjusted || ' 万元，执行 0，结论却称“' || coalesce(conclusion, '自评得分 ' || total_score_reported) || '”',
        null,
        first_line
    from described_evaluations
    where budget_adjusted > 0
        and budget_executed = 0
        and (
            (regexp_matches(coalesce(conclusion, ''), '完成|较好|良好|顺利|达到|保障|提高|有效')
                and not regexp_matches(coalesce(conclusion, ''), '未完成|未能|没有|无法|未执行|未支出'))
            or total_score_reported >= 60
        )
),

all_violations as (
    select evaluation_id, rule, detail, indicator_name, source_line from indicator_violations
    union all
    select evaluation_id, rule, detail, indicator_name, source_line from evaluation_violations
),

described as (
    select
        all_violations.evaluation_id,
        described_evaluations.county_code,
        described_evaluations.county_name,
        described_evaluations.year,
        described_evaluations.project,
        all_violations.rule,
        all_violations.detail,
        all_violations.indicator_name,
        described_evaluations.source_file,
        coalesce(all_violations.source_line, described_evaluations.first_line) as first_line
    from all_violations
    inner join described_evaluations
        on all_violations.evaluation_id = described_evaluations.evaluation_id
)

select * from described
