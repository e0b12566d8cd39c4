namespace TyollisyysAlue.Web.Components.Shared;

public static class FriendlyErrors
{
    /// <summary>The database is unreachable (down, restarting, network): the user can only retry later.</summary>
    public static bool IsDatabaseOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.NpgsqlException or TimeoutException or System.Net.Sockets.SocketException) return true;
        }
        return false;
    }
}
