using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>An attachment's bytes for download, with its recorded name and type.</summary>
public static class GetCaseAttachment
{
    public sealed record Query(Guid CaseId, Guid AttachmentId) : IRequest<Content>;

    public sealed record Content(Stream Stream, string FileName, string ContentType);

    public sealed class Handler(AppDbContext db, IAttachmentStorage storage) : IRequestHandler<Query, Content>
    {
        public async Task<Content> Handle(Query request, CancellationToken cancellationToken)
        {
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                              ?? throw CaseProblems.NotFound(request.CaseId);
            var attachment = serviceCase.Attachments.FirstOrDefault(a => a.Id == request.AttachmentId)
                             ?? throw new ProblemException(StatusCodes.Status404NotFound, "No such attachment on this case.");
            var stream = await storage.OpenReadAsync(attachment.StorageKey, cancellationToken)
                         ?? throw new ProblemException(StatusCodes.Status404NotFound, "The attachment's file is missing from storage.");
            return new Content(stream, attachment.FileName, attachment.ContentType);
        }
    }
}
