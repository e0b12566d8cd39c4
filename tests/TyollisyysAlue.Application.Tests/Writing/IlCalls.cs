using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace TyollisyysAlue.Application.Tests.Writing;

/// <summary>
/// Reads the method calls out of compiled code: every method body of a type (its lambdas, local functions and async
/// state machines are compiler-generated nested types, read too), each call/callvirt/newobj/ldftn token resolved
/// with <see cref="Module.ResolveMethod(int, Type[], Type[])"/>. What the write-path tests use to see what code really does.
/// </summary>
public static class IlCalls
{
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static IlCalls()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100) OneByte[value] = code;
            else if ((value & 0xff00) == 0xfe00) TwoByte[value & 0xff] = code;
        }
    }

    /// <summary>A call found in a method body, with the type whose source it is written in (not the generated one).</summary>
    public sealed record Call(Type Owner, MethodBase Caller, MethodBase Callee, bool IsNew);

    /// <summary>Every call in every method of the assembly.</summary>
    public static IEnumerable<Call> In(Assembly assembly) => LoadableTypes(assembly).SelectMany(t => Declared(t, OwnerOf(t)));

    /// <summary>Every call in a type and in the compiler-generated types nested in it (lambdas, async state machines).</summary>
    public static IEnumerable<Call> In(Type type) =>
        Declared(type, type).Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)
            .Where(IsGenerated).SelectMany(In).Select(c => c with { Owner = type }));

    /// <summary>The type a compiler-generated type belongs to (its outermost written declaring type).</summary>
    public static Type OwnerOf(Type type)
    {
        var owner = type;
        while (owner.DeclaringType is { } outer && IsGenerated(owner)) owner = outer;
        return owner;
    }

    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.Name.Contains('<', StringComparison.Ordinal);

    private static IEnumerable<Call> Declared(Type type, Type owner)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null) continue;
            foreach (var (callee, isNew) in Callees(method, il)) yield return new Call(owner, method, callee, isNew);
        }
    }

    private static IEnumerable<(MethodBase Callee, bool IsNew)> Callees(MethodBase method, byte[] il)
    {
        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xfe ? TwoByte[il[++i]] : OneByte[il[i]];
            i++;
            if (code.OperandType == OperandType.InlineMethod)
            {
                MethodBase? callee = null;
                try { callee = method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArgs, methodArgs); }
                catch (ArgumentException) { /* a token outside this generic context: not a call we look for */ }
                if (callee is not null) yield return (callee, code == OpCodes.Newobj);
            }
            i += OperandSize(code, il, i);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException partial) { return partial.Types.OfType<Type>(); }
    }
}
