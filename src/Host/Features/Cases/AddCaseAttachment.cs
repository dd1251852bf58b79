using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Host.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// Attaches a file to a case, optionally as one of the service's checklist documents (<c>documentKey</c>), or as what was
/// delivered (<see cref="ServiceCase.DeliveredDocumentKey"/>); any other key is refused (400), so a file always supplies a
/// document the checklist knows.
/// </summary>
public static class AddCaseAttachment
{
    public sealed record Command(Guid CaseId, UploadedFile File, string? DocumentKey, int? ExpectedVersion, string Actor) : IRequest<Result>;

    public sealed record Result(GetCase.AttachmentDto Attachment, int Version);

    public sealed class Handler(AppDbContext db, CaseWrites writes, AttachmentIntake intake, IAttachmentStorage storage, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            var documentKey = string.IsNullOrWhiteSpace(request.DocumentKey) ? null : request.DocumentKey.Trim();
            if (documentKey is not null && documentKey != ServiceCase.DeliveredDocumentKey
                && !await db.Set<ServiceType>().AnyAsync(s => s.Code == serviceCase.ServiceTypeCode && s.Documents.Any(d => d.Key == documentKey), cancellationToken))
            {
                throw new ProblemException(StatusCodes.Status400BadRequest, "One or more fields are not valid.", $"'{documentKey}' is not a document of this service.",
                    new Dictionary<string, string[]> { ["documentKey"] = [$"«{documentKey}» ليس من مستندات هذه الخدمة.", $"'{documentKey}' is not a document of this service."] });
            }

            var stored = await intake.StoreAsync(request.File, "file", cancellationToken);
            try
            {
                var attachment = serviceCase.AddAttachment(stored.FileName, stored.ContentType, stored.SizeBytes, stored.StorageKey, request.Actor,
                    clock.GetUtcNow(), documentKey);
                await db.SaveChangesAsync(cancellationToken);
                return new Result(GetCase.Handler.ToDto(attachment), writes.VersionOf(serviceCase));
            }
            catch
            {
                await storage.DeleteAsync(stored.StorageKey, CancellationToken.None);
                throw;
            }
        }
    }
}
