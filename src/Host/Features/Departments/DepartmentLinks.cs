namespace DomatAljandal.Host.Features.Departments;

/// <summary>A staff member's place in a department (staff belong to one or more).</summary>
public sealed class DepartmentStaff
{
    public required Guid DepartmentId { get; init; }

    /// <summary>The Identity user's id.</summary>
    public required string UserId { get; init; }
}

/// <summary>The department that handles a service type: its cases are that department's unless a stage says otherwise.</summary>
public sealed class DepartmentServiceType
{
    /// <summary>The service type's code; a service is handled by one department.</summary>
    public required string ServiceTypeCode { get; init; }

    public required Guid DepartmentId { get; set; }
}

/// <summary>The department that handles one stage of a procedure (a stage id declared in that workflow definition).</summary>
public sealed class StageDepartment
{
    public required string WorkflowDefinitionId { get; init; }

    public required string StageId { get; init; }

    public required Guid DepartmentId { get; set; }
}
