using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// Data Protection keys (which sign the sign-in cookies and antiforgery tokens) are stored in PostgreSQL, where the
/// runtime role can read them; here they are encrypted at rest (issue 11, finding 10; docs/security.md). Either a
/// certificate (DataProtection:CertificatePath, a PKCS#12 file, and DataProtection:CertificatePassword) or a 256-bit
/// key (DataProtection:Key, base64) from configuration, kept outside the database. Without either the app refuses to
/// start, except in Development, where it warns.
/// </summary>
public static class KeysAtRest
{
    public static IServiceCollection ProtectKeysAtRest(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("DataProtection");
        var builder = services.AddDataProtection();
        if (section["CertificatePath"] is { Length: > 0 } path)
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"]));
            return services;
        }
        if (section["Key"] is { Length: > 0 })
        {
            services.Configure<KeyManagementOptions>(options => options.XmlEncryptor = new ConfiguredKeyXmlEncryptor(ConfiguredKeyXmlEncryptor.KeyFrom(configuration)));
            return services;
        }
        if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                "Data Protection keys must be encrypted at rest: set DataProtection:CertificatePath (and CertificatePassword) or DataProtection:Key (32 random bytes, base64). See docs/security.md.");
        services.AddHostedService<UnprotectedKeysWarning>();
        return services;
    }

    private sealed class UnprotectedKeysWarning(ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning("Data Protection keys are stored unencrypted (Development). Set DataProtection:Key or DataProtection:CertificatePath elsewhere.");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>AES-256-GCM with the configured key: nonce, tag and ciphertext of the key's XML in one base64 element.</summary>
public sealed class ConfiguredKeyXmlEncryptor(byte[] key) : IXmlEncryptor
{
    internal const string Element = "encryptedWithConfiguredKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(key, tag.Length)) aes.Encrypt(nonce, plain, cipher, tag);
        return new EncryptedXmlInfo(new XElement(Element, Convert.ToBase64String([.. nonce, .. tag, .. cipher])), typeof(ConfiguredKeyXmlDecryptor));
    }

    public static byte[] KeyFrom(IConfiguration configuration)
    {
        var key = Convert.FromBase64String(configuration["DataProtection:Key"] ?? "");
        return key.Length == 32 ? key : throw new InvalidOperationException("DataProtection:Key must be 32 bytes, base64.");
    }
}

/// <summary>Created by Data Protection by type name, with the app's services (for the configured key).</summary>
public sealed class ConfiguredKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = ConfiguredKeyXmlEncryptor.KeyFrom(services.GetRequiredService<IConfiguration>());
        var data = Convert.FromBase64String(encryptedElement.Value);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[data.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(key, tagSize))
            aes.Decrypt(data.AsSpan(0, nonceSize), data.AsSpan(nonceSize + tagSize), data.AsSpan(nonceSize, tagSize), plain);
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}
