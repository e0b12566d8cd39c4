using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>Blazor's circuit options come from the <c>Circuits</c> section: the chosen values, and a deployment's own.</summary>
[Collection(AppCollection.Name)]
public class CircuitSettingsTests(AppFixture app)
{
    [Fact]
    public void The_chosen_circuit_options_of_appsettings_are_in_force()
    {
        var options = app.Factory.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(3), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(1000, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(10, options.MaxBufferedUnacknowledgedRenderBatches);
    }

    [Fact]
    public async Task A_deployment_overrides_them_by_configuration()
    {
        await using var configured = app.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Circuits:DisconnectedCircuitMaxRetained", "250")
            .UseSetting("Circuits:DisconnectedCircuitRetentionPeriod", "00:01:30"));
        var options = configured.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        Assert.Equal(250, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromSeconds(90), options.DisconnectedCircuitRetentionPeriod);
    }
}
