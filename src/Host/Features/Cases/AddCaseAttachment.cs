using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Persistence;
using MediatR;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>Attaches a file to a case, optionally as one of the service's required documents (<c>documentKey</c>).</summary>
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
            var stored = await intake.StoreAsync(request.File, "file", cancellationToken);
            try
            {
                var attachment = serviceCase.AddAttachment(stored.FileName, stored.ContentType, stored.SizeBytes, stored.StorageKey, request.Actor,
                    clock.GetUtcNow(), request.DocumentKey);
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
