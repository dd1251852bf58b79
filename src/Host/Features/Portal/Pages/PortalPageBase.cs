using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace DomatAljandal.Host.Features.Portal.Pages;

/// <summary>
/// A member's portal page: resolves the signed-in account once (<see cref="Me"/>, or <see cref="IsPending"/> while staff
/// have not approved the registration) and then loads what the page shows — always for <see cref="Me"/>'s member id.
/// </summary>
public abstract class PortalPageBase : ComponentBase
{
    [Inject] protected IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [CascadingParameter] protected Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected PortalMember? Me { get; private set; }

    protected bool IsPending { get; private set; }

    protected bool Loading { get; private set; } = true;

    protected override async Task OnParametersSetAsync()
    {
        if (Me is null && !IsPending)
        {
            var user = (await AuthenticationState).User;
            await using var scope = ScopeFactory.CreateAsyncScope();
            var state = await PortalAccountState.OfAsync(user, scope.ServiceProvider, CancellationToken.None);
            Me = state.Member;
            IsPending = state.IsPending;
        }

        if (Me is not null)
        {
            await LoadAsync(Me);
        }

        Loading = false;
    }

    /// <summary>Loads the page's data for the signed-in member.</summary>
    protected abstract Task LoadAsync(PortalMember me);
}
