using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Infrastructure.Persistence;

/// <summary>For `dotnet ef migrations add` and `has-pending-model-changes`: no database is contacted.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase("Host=127.0.0.1;Database=design_time").Options, new AreaContext());
}
