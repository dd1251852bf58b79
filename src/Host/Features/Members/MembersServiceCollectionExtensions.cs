using DomatAljandal.Host.Features.Members.Search;
using DomatAljandal.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Members;

public static class MembersServiceCollectionExtensions
{
    /// <summary>
    /// The member registry: the search index kept by <see cref="MemberSearchIndexer"/> on every SaveChanges of either
    /// provider's context. (MediatR handlers are found by AddMediator.)
    /// </summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        var indexer = new MemberSearchIndexer();
        services.ConfigureDbContext<SqliteAppDbContext>((_, o) => o.AddInterceptors(indexer));
        services.ConfigureDbContext<PostgresAppDbContext>((_, o) => o.AddInterceptors(indexer));
        return services;
    }
}
