namespace Estate.SharedKernel.Ui;

/// <summary>Bilingual text for pages: <c>@using static Estate.SharedKernel.Ui.Texts</c>, then <c>@T("工单", "Work orders")</c>.</summary>
public static class Texts
{
    /// <summary>The text in the reader's language: Chinese by default, English when chosen.</summary>
    public static string T(string zh, string en) => new LocalizedText(zh, en).Current;
}
