using System.Text.Json.Nodes;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Cases.Attachments;
using DomatAljandal.Host.Features.Cases.Letters;
using DomatAljandal.Workflows.Runtime;
using MediatR;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>
/// What a member may do on their own case with the case slices staff use — attach a document, answer missing
/// information, withdraw the request, open a letter or an attachment. Each is an <see cref="IMemberCaseRequest"/>, so
/// <see cref="MemberCaseScope{TRequest,TResponse}"/> has checked ownership before the case slice is called.
/// </summary>
public static class MemberCaseActions
{
    public sealed record Attach(Guid MemberId, Guid CaseId, UploadedFile File, string? DocumentKey, string Actor)
        : IRequest<AddCaseAttachment.Result>, IMemberCaseRequest;

    public sealed record Reply(Guid MemberId, Guid CaseId, JsonObject? Data, string? Comment, string Actor)
        : IRequest<RecordMemberReply.Result>, IMemberCaseRequest;

    public sealed record Withdraw(Guid MemberId, Guid CaseId, string? Reason, string Actor) : IRequest<WithdrawRequest.Result>, IMemberCaseRequest;

    public sealed record OpenLetter(Guid MemberId, Guid CaseId, Guid LetterId) : IRequest<GetLetter.PrintableLetter>, IMemberCaseRequest;

    public sealed record OpenAttachment(Guid MemberId, Guid CaseId, Guid AttachmentId) : IRequest<GetCaseAttachment.Content>, IMemberCaseRequest;

    public sealed class Handlers(IMediator mediator) :
        IRequestHandler<Attach, AddCaseAttachment.Result>,
        IRequestHandler<Reply, RecordMemberReply.Result>,
        IRequestHandler<Withdraw, WithdrawRequest.Result>,
        IRequestHandler<OpenLetter, GetLetter.PrintableLetter>,
        IRequestHandler<OpenAttachment, GetCaseAttachment.Content>
    {
        public Task<AddCaseAttachment.Result> Handle(Attach request, CancellationToken cancellationToken) =>
            mediator.Send(new AddCaseAttachment.Command(request.CaseId, request.File, request.DocumentKey, null, request.Actor), cancellationToken);

        public Task<RecordMemberReply.Result> Handle(Reply request, CancellationToken cancellationToken) =>
            mediator.Send(new RecordMemberReply.Command(request.CaseId, request.Data, request.Comment, null, request.Actor), cancellationToken);

        public Task<WithdrawRequest.Result> Handle(Withdraw request, CancellationToken cancellationToken) =>
            mediator.Send(new WithdrawRequest.Command(request.CaseId, request.Reason, null, new WorkflowActor(request.Actor, [])), cancellationToken);

        public Task<GetLetter.PrintableLetter> Handle(OpenLetter request, CancellationToken cancellationToken) =>
            mediator.Send(new GetLetter.Query(request.CaseId, request.LetterId), cancellationToken);

        public Task<GetCaseAttachment.Content> Handle(OpenAttachment request, CancellationToken cancellationToken) =>
            mediator.Send(new GetCaseAttachment.Query(request.CaseId, request.AttachmentId), cancellationToken);
    }
}
