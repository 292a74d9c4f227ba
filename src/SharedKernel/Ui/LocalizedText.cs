using System.Globalization;

namespace Estate.SharedKernel.Ui;

/// <summary>A text in both languages of the platform; shown in the reader's UI culture (zh-CN unless English was chosen).</summary>
public sealed record LocalizedText(string Zh, string En)
{
    public string Current => For(CultureInfo.CurrentUICulture);

    public string For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Zh;

    public override string ToString() => Current;
}
