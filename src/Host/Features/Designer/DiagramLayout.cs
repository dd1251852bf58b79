namespace DomatAljandal.Host.Features.Designer;

/// <summary>
/// Where activities stand on the canvas: their saved <c>designer</c> position, or, for activities never placed,
/// rows by distance from the start (so an imported definition without layout is still readable).
/// </summary>
public static class DiagramLayout
{
    public const double RowHeight = 150;
    public const double ColumnWidth = 240;

    public static Dictionary<DesignerActivity, (double X, double Y)> Positions(DesignerModel model)
    {
        var result = new Dictionary<DesignerActivity, (double X, double Y)>();
        var depth = Depths(model);
        var perRow = new Dictionary<int, int>();
        foreach (var activity in model.Activities)
        {
            if (activity.Position is { } saved)
            {
                result[activity] = saved;
                continue;
            }
            var row = depth.GetValueOrDefault(activity.Id, depth.Count == 0 ? 0 : depth.Values.Max() + 1);
            var column = perRow[row] = perRow.GetValueOrDefault(row) + 1;
            result[activity] = (40 + (column - 1) * ColumnWidth, 40 + row * RowHeight);
        }
        return result;
    }

    private static Dictionary<string, int> Depths(DesignerModel model)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        if (model.Start is null || model.Find(model.Start) is null) return depth;
        depth[model.Start] = 0;
        var queue = new Queue<string>([model.Start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in model.Connections.Where(c => c.Source == id).Select(c => c.Target))
            {
                if (depth.ContainsKey(next) || model.Find(next) is null) continue;
                depth[next] = depth[id] + 1;
                queue.Enqueue(next);
            }
        }
        return depth;
    }
}
