namespace Analytics.Etl.Segmenting;

public enum SegmentKind
{
    /// <summary>项目支出绩效自评表 / 转移支付绩效目标自评表.</summary>
    ProjectTable,

    /// <summary>部门整体绩效自评表.</summary>
    DepartmentTable,

    /// <summary>绩效评价信息汇总表 / 项目清单: one row per project with money.</summary>
    SummaryTable,

    /// <summary>部门决算 收入支出决算总表.</summary>
    FinalAccountsTable,

    /// <summary>A project's 自评报告 / 绩效评价报告 in prose.</summary>
    ProjectReport,

    /// <summary>部门整体绩效评价报告 in prose.</summary>
    DepartmentReport,

    /// <summary>绩效目标表: targets only, not a self-evaluation.</summary>
    TargetsOnly,
}

/// <summary>A table or passage of a document: its kind, title and line span (indexes into the document's lines).</summary>
public sealed record Segment(SegmentKind Kind, string Title, int StartIndex, int EndIndex);
