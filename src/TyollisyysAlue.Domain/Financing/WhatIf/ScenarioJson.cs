using System.Text.Json;

namespace TyollisyysAlue.Domain.Financing.WhatIf;

/// <summary>How scenario changes are kept as JSON: camelCase, and the "kind" discriminator anywhere in an object
/// (PostgreSQL's jsonb reorders keys, and API callers need not put it first).</summary>
public static class ScenarioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };
}
