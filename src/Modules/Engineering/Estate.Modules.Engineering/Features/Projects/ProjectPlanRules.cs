using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Ui;
using FluentValidation;

namespace Estate.Modules.Engineering.Features.Projects;

/// <summary>The field rules a project's plan follows, whether it is created or replanned.</summary>
internal interface IProjectPlanFields
{
    string Title { get; }

    string? Description { get; }

    Guid? ResponsibleUserId { get; }

    DateOnly? PlannedStartOn { get; }

    DateOnly? PlannedEndOn { get; }

    decimal? EstimatedCost { get; }

    string ExpectedEffect { get; }
}

internal static class ProjectPlanRules
{
    public static void Apply<T>(AbstractValidator<T> validator)
        where T : IProjectPlanFields
    {
        validator.RuleFor(x => x.Title).NotEmpty().MaximumLength(Project.TitleMaxLength);
        validator.RuleFor(x => x.Description).MaximumLength(Project.DescriptionMaxLength);
        validator.RuleFor(x => x.ResponsibleUserId).NotEmpty();
        validator.RuleFor(x => x.PlannedStartOn).NotNull();
        validator.RuleFor(x => x.PlannedEndOn).NotNull()
            .GreaterThanOrEqualTo(x => x.PlannedStartOn).When(x => x.PlannedStartOn is not null)
            .WithMessage(_ => Texts.T("计划结束日期不能早于计划开始日期。", "The planned end cannot be before the planned start."));
        validator.RuleFor(x => x.EstimatedCost).NotNull().InclusiveBetween(0, Project.MaxCost).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        validator.RuleFor(x => x.ExpectedEffect).NotEmpty().MaximumLength(Project.ExpectedEffectMaxLength);
    }
}
