using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using FluentValidation;

namespace Estate.Modules.Meetings.Features;

/// <summary>Checks shared by the features that plan meetings: fields that name the company's people and properties.</summary>
internal static class MeetingRules
{
    public static IRuleBuilderOptions<T, string?> OptionalLink<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MeetingSeries.LinkMaxLength)
            .Must(link => link is null || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage(_ => Texts.T("须为 http(s) 地址。", "Must be an http(s) address."));

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> AgendaSteps<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(steps => steps is null || (steps.Count <= 20 && steps.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= MeetingSeries.AgendaItemMaxLength)))
            .WithMessage(_ => Texts.T($"最多 20 个议程步骤，每项 1 至 {MeetingSeries.AgendaItemMaxLength} 个字符。", $"At most 20 steps, each 1 to {MeetingSeries.AgendaItemMaxLength} characters."));

    /// <summary>The chair, who must be a user of the company; null with a field error otherwise.</summary>
    public static async Task<(UserSummary? Chair, Error? Error)> ChairAsync(People people, Guid chairUserId, CancellationToken cancellationToken)
    {
        var chair = await people.FindAsync(chairUserId, cancellationToken);
        return chair is null ? (null, Error.Invalid("chairUserId", Texts.T("本公司没有此用户。", "No such user in this company."))) : (chair, null);
    }

    public static async Task<Error?> CheckPropertiesAsync(IPropertyDirectory properties, IReadOnlyList<Guid>? propertyIds, CancellationToken cancellationToken)
    {
        foreach (var id in propertyIds ?? [])
        {
            if (await properties.FindAsync(id, cancellationToken) is null)
            {
                return Error.Invalid("propertyIds", Texts.T($"小区 {id} 不存在。", $"Unknown property {id}."));
            }
        }

        return null;
    }

    /// <summary>A day in the company's time zone, as the start of that day.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo timeZone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, timeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
