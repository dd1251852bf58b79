using System.Text.Json.Nodes;
using DomatAljandal.Domain.Cases;
using DomatAljandal.Domain.Members;
using DomatAljandal.Host.Features.Cases;
using DomatAljandal.Host.Features.Portal.Account;
using DomatAljandal.Host.Identity;
using DomatAljandal.Host.Infrastructure;
using DomatAljandal.Host.Persistence;
using DomatAljandal.Workflows.Runtime;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DomatAljandal.Host.Features.Portal.Requests;

/// <summary>
/// The declaration on the portal: the member reads the declaration (<see cref="DeclarationWording"/>) and confirms it with their
/// password or a one-time code sent for this case. The signature — wording and its version, time, IP address, method —
/// and the <c>DeclarationSigned</c> event that sends the request on to the research committee commit together.
/// 409 when the case is not waiting for a declaration.
/// </summary>
public static class SignDeclaration
{
    /// <summary>The text to sign, and whether the case is waiting for it.</summary>
    public sealed record GetText(Guid MemberId, Guid CaseId) : IRequest<DeclarationToSign>, IMemberCaseRequest;

    public sealed record DeclarationToSign(string TextVersion, string TextAr, string TextEn, string Text, string SignerName, bool AwaitingSignature,
        SignedAs? Signature);

    public sealed record SignedAs(string TextVersion, DeclarationMethod Method, DateTimeOffset SignedAt, string? IpAddress);

    /// <summary>Sends a one-time code (SMS or email, by the member's preference) to sign this case's declaration.</summary>
    public sealed record SendCode(Guid MemberId, Guid CaseId) : IRequest<CodeSent>, IMemberCaseRequest;

    public sealed record CodeSent(DateTimeOffset ExpiresAt);

    /// <summary>Give <paramref name="Password"/> or <paramref name="Code"/>.</summary>
    public sealed record Sign(Guid MemberId, Guid CaseId, string UserId, string? Password, string? Code, string? IpAddress, string Actor)
        : IRequest<SignResult>, IMemberCaseRequest;

    /// <summary><see cref="CurrentStep"/> is the stage id the case stands in after signing.</summary>
    public sealed record SignResult(SignedAs Declaration, CaseStatus Status, string? CurrentStep);

    public sealed class Handler(
        AppDbContext db,
        CaseWrites writes,
        IWorkflowRuntime runtime,
        IWorkflowInstanceQueries instances,
        PortalCodes codes,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        TimeProvider clock,
        ILogger<Handler> logger) :
        IRequestHandler<GetText, DeclarationToSign>,
        IRequestHandler<SendCode, CodeSent>,
        IRequestHandler<Sign, SignResult>
    {
        public async Task<DeclarationToSign> Handle(GetText request, CancellationToken cancellationToken)
        {
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstAsync(c => c.Id == request.CaseId, cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == request.MemberId, cancellationToken);
            var awaiting = await IsAwaitingAsync(serviceCase, cancellationToken);
            return new DeclarationToSign(DeclarationWording.Version, DeclarationWording.Arabic, DeclarationWording.English, DeclarationWording.Text,
                member.FullName, awaiting, serviceCase.Declaration is { } d ? new SignedAs(d.TextVersion, d.Method, d.SignedAt, d.IpAddress) : null);
        }

        public async Task<CodeSent> Handle(SendCode request, CancellationToken cancellationToken)
        {
            var serviceCase = await db.Set<ServiceCase>().AsNoTracking().FirstAsync(c => c.Id == request.CaseId, cancellationToken);
            await writes.EnsureWaitingForAsync(serviceCase, CaseEvents.DeclarationSigned, cancellationToken);
            var member = await db.Set<Member>().FirstAsync(m => m.Id == request.MemberId, cancellationToken);
            var code = await codes.SendAsync(PortalCodePurpose.Declaration, member, null, serviceCase.Id, cancellationToken);
            return new CodeSent(code.ExpiresAt);
        }

        public async Task<SignResult> Handle(Sign request, CancellationToken cancellationToken)
        {
            var current = await db.Set<ServiceCase>().AsNoTracking().FirstAsync(c => c.Id == request.CaseId, cancellationToken);
            await writes.EnsureWaitingForAsync(current, CaseEvents.DeclarationSigned, cancellationToken);
            var method = await ConfirmAsync(request, cancellationToken);

            var serviceCase = await writes.LoadForChangeAsync(request.CaseId, null, cancellationToken);
            var member = await db.Set<Member>().AsNoTracking().FirstAsync(m => m.Id == request.MemberId, cancellationToken);
            var now = clock.GetUtcNow();
            serviceCase.RecordDeclaration(DeclarationWording.Version, DeclarationWording.Text, member.FullName, method, now, request.IpAddress);
            await runtime.RaiseEventAsync(CaseWrites.InstanceOf(serviceCase), CaseEvents.DeclarationSigned, new JsonObject
            {
                ["method"] = method.ToString(),
                ["signerName"] = member.FullName,
                ["textVersion"] = DeclarationWording.Version,
                ["recordedBy"] = request.Actor,
            }, cancellationToken);
            logger.LogInformation("Declaration of case {CaseReference} signed on the portal by {Actor} ({Method})", serviceCase.Reference.Value, request.Actor, method);
            var d = serviceCase.Declaration!;
            return new SignResult(new SignedAs(d.TextVersion, d.Method, d.SignedAt, d.IpAddress), serviceCase.Status, serviceCase.CurrentStage);
        }

        private async Task<DeclarationMethod> ConfirmAsync(Sign request, CancellationToken cancellationToken)
        {
            if (!string.IsNullOrEmpty(request.Password))
            {
                var user = await users.FindByIdAsync(request.UserId) ?? throw PortalProblems.NotFound();
                var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
                if (check.IsLockedOut)
                {
                    throw new ProblemException(StatusCodes.Status429TooManyRequests, "Too many wrong passwords.",
                        "أُوقف الحساب مؤقتًا بعد محاولات خاطئة متكررة. / The account is locked for a while after repeated wrong passwords.");
                }

                return check.Succeeded
                    ? DeclarationMethod.PortalPassword
                    : throw ProblemException.Validation("password", "كلمة المرور غير صحيحة. / The password is not correct.");
            }

            if (!string.IsNullOrWhiteSpace(request.Code))
            {
                await codes.VerifyAsync(db.Set<PortalCode>().Where(c =>
                    c.MemberId == request.MemberId && c.CaseId == request.CaseId && c.Purpose == PortalCodePurpose.Declaration), request.Code, cancellationToken);
                return DeclarationMethod.PortalOneTimeCode;
            }

            throw ProblemException.Validation("password", "أكّد التوقيع بكلمة المرور أو برمز التحقق. / Confirm with your password or a one-time code.");
        }

        private async Task<bool> IsAwaitingAsync(ServiceCase serviceCase, CancellationToken cancellationToken)
        {
            if (!Guid.TryParse(serviceCase.WorkflowInstanceId, out var instanceId))
            {
                return false;
            }

            var positions = await instances.PositionsAsync([instanceId], cancellationToken);
            return positions.TryGetValue(instanceId, out var position) && position.AwaitedEvents.Contains(CaseEvents.DeclarationSigned);
        }
    }
}
