using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Persistence.Configurations;

/// <summary>Stores a municipality code as its three-character text ("049").</summary>
public sealed class MunicipalityCodeConverter() : ValueConverter<MunicipalityCode, string>(
    code => code.Value, text => MunicipalityCode.Parse(text));
