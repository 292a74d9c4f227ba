using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.Posts;

internal sealed record PostDetails(Guid Id, Guid PropertyId, string Name, PostKind Kind, string? Location, DateTimeOffset CreatedAt, uint Version)
{
    public static readonly Expression<Func<GuardPost, PostDetails>> Projection = p => new PostDetails(p.Id, p.PropertyId, p.Name, p.Kind, p.Location, p.CreatedAt, p.Version);

    private static readonly Func<GuardPost, PostDetails> FromEntity = Projection.Compile();

    public static PostDetails From(GuardPost post) => FromEntity(post);
}
