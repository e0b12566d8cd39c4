namespace TyollisyysAlue.Web.Components.Prerendering;

/// <summary>
/// Whether this DI scope is a Blazor circuit (interactive) or an HTTP request (prerendering, endpoints). Set by
/// <see cref="Auth.AreaContextCircuitHandler"/> when a circuit opens, before its first render.
/// </summary>
public sealed class CircuitScope
{
    public bool IsCircuit { get; private set; }

    internal void MarkCircuit() => IsCircuit = true;
}
