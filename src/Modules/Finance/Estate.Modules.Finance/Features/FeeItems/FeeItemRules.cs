using Estate.Modules.Finance.Domain;
using FluentValidation;

namespace Estate.Modules.Finance.Features.FeeItems;

/// <summary>The fields a fee item is defined and changed with.</summary>
internal interface IFeeItemFields
{
    string Name { get; }

    decimal? UnitPrice { get; }

    DateOnly? ActiveTo { get; }
}

internal static class FeeItemRules
{
    public static void Apply<T>(AbstractValidator<T> validator)
        where T : IFeeItemFields
    {
        validator.RuleFor(x => x.Name).NotEmpty().MaximumLength(FeeItem.NameMaxLength);
        validator.RuleFor(x => x.UnitPrice).NotNull().GreaterThan(0).LessThanOrEqualTo(FeeItem.MaxUnitPrice).PrecisionScale(12, 4, ignoreTrailingZeros: true);
    }
}
