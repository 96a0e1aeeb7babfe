-- public: broken rules with their stable codes (docs/contract/interfaces.md)
with violations as (
    select * from rpt_rule_violations
)

select * from violations
