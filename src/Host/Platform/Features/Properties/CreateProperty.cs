using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Properties;

/// <summary>A company admin adds a property (小区) to the company.</summary>
internal sealed record CreateProperty(string? Name, string? Address) : IRequest<Result<PropertyDetails>>;

internal sealed class CreatePropertyValidator : AbstractValidator<CreateProperty>
{
    public CreatePropertyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Address).MaximumLength(500);
    }
}

internal sealed class CreatePropertyHandler(PlatformDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateProperty, Result<PropertyDetails>>
{
    public async Task<Result<PropertyDetails>> Handle(CreateProperty request, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        if (await db.Properties.AnyAsync(p => p.OrganizationId == tenant.OrganizationId && p.Name == name, cancellationToken))
        {
            return Error.Conflict("duplicate", Texts.T($"本公司已有名为“{name}”的小区。", $"The company already has a property named '{name}'."));
        }

        var property = new Property { OrganizationId = tenant.OrganizationId, Id = Guid.CreateVersion7(), Name = name, Address = request.Address?.Trim(), CreatedAt = clock.GetUtcNow() };
        db.Properties.Add(property);
        await db.SaveChangesAsync(cancellationToken);
        return new PropertyDetails(property.Id, property.Name, property.Address, property.CreatedAt, property.Version);
    }
}

internal static class CreatePropertyEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/properties", async Task<Results<Created<PropertyDetails>, ProblemHttpResult>> (CreateProperty request, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(request, ct)).ToCreated(p => $"/api/platform/properties/{p.Id}"))
            .RequireAuthorization(PlatformPermissions.ManageCompany)
            .WithName("CreateProperty");
}
