namespace Estate.Modules.Meetings.Domain;

/// <summary>The five steps of a work meeting, in the order of the source text.</summary>
internal static class StandardAgenda
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        "开场致辞与工作总结回顾 (Opening and work review)",
        "问题分析与讨论 (Problem analysis)",
        "工作计划与目标设定 (Plans and goals)",
        "资源分配与协调 (Resource allocation)",
        "总结发言与会议结束 (Closing summary)",
    ];
}
