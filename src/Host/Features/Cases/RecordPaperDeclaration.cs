using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Cases;

/// <summary>
/// The declaration at the desk: the applicant signed the declaration on paper; the officer attaches the scan. The scan, the
/// declaration and the <c>DeclarationSigned</c> event (which moves the procedure on to the committee) commit together.
/// 409 when the case is not waiting for a declaration.
/// </summary>
public static class RecordPaperDeclaration
{
    public const string ScanDocumentKey = "signedDeclaration";

    public sealed record Command(Guid CaseId, UploadedFile Scan, string? SignerName, int? ExpectedVersion, string Actor) : IRequest<Result>;

    public sealed record Result(GetCase.DeclarationDto Declaration, Guid ScanAttachmentId, CaseStatus Status, string? CurrentStep, int Version);

    public sealed class Handler(AppDbContext db, CaseWrites writes, AttachmentIntake intake, IAttachmentStorage storage, IWorkflowRuntime runtime, TimeProvider clock)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, request.ExpectedVersion, cancellationToken);
            await writes.EnsureWaitingForAsync(serviceCase, CaseEvents.DeclarationSigned, cancellationToken);
            var signer = string.IsNullOrWhiteSpace(request.SignerName)
                ? (await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == serviceCase.MemberId, cancellationToken)).FullName
                : request.SignerName;

            var stored = await intake.StoreAsync(request.Scan, "scan", cancellationToken);
            try
            {
                var now = clock.GetUtcNow();
                var scan = serviceCase.AddAttachment(stored.FileName, stored.ContentType, stored.SizeBytes, stored.StorageKey, request.Actor, now, ScanDocumentKey);
                serviceCase.RecordDeclaration(DeclarationWording.Version, DeclarationWording.Text, signer, DeclarationMethod.PaperScan, now);
                await runtime.RaiseEventAsync(CaseWrites.InstanceOf(serviceCase), CaseEvents.DeclarationSigned, new JsonObject
                {
                    ["method"] = nameof(DeclarationMethod.PaperScan),
                    ["signerName"] = signer,
                    ["scanAttachmentId"] = scan.Id.ToString(),
                    ["recordedBy"] = request.Actor,
                }, cancellationToken);
                var d = serviceCase.Declaration!;
                return new Result(new GetCase.DeclarationDto(d.TextVersion, d.Text, d.SignerName, d.Method, d.SignedAt), scan.Id,
                    serviceCase.Status, serviceCase.CurrentStage, writes.VersionOf(serviceCase));
            }
            catch
            {
                await storage.DeleteAsync(stored.StorageKey, CancellationToken.None);
                throw;
            }
        }
    }
}
