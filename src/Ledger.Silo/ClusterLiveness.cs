using Orleans.Configuration;

namespace Ledger.Silo;

/// <summary>
/// The one place where a cluster-mode silo's failure detection and call timeouts differ from Orleans' defaults
/// (architecture, "Cluster": a killed silo's borrowers serve again within 5 s, bar 10 s, with no false deaths on an
/// idle or busy cluster). Orleans' defaults declare a killed silo dead after 12–14 s on this machine (measured in
/// the issue 17 spike) and leave calls through a dead gateway waiting 30 s.
/// <para>The choice leans to stability under load: a silo is suspected after 3 missed probes of (at first) 2 s,
/// so it must be silent for about 6 s, twice the longest stall (1.6–3 s) seen on the busy 2-core machine, and
/// Orleans widens the probe timeout itself when the probing silo is the unhealthy one
/// (<c>ExtendProbeTimeoutDuringDegradation</c>, on by default) and suppresses a vote while messages still arrive
/// from the suspect (<c>EnableConnectionLivenessCheck</c>, on by default). The spike's fastest setting (0.5 s probes,
/// 2 misses: 1.3 s) was not chosen: a GC pause or a starved thread pool of half a second would then kill a live
/// silo. A kill -9 is seen faster than 6 s because its connections are refused at once. Figures:
/// deploy/README.md, "Failover and drain".</para>
/// </summary>
internal static class ClusterLiveness
{
    /// <summary>How long one silo's call to a grain on another waits for the answer (Orleans' default 30 s). A
    /// call to a silo that died is broken when the death is declared; this bounds the rest (a lost message, a
    /// frozen silo not yet declared dead). Every ledger call is a retry by command id away from being safe to send
    /// again, so a timeout costs a resend, never a double booking.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(10);

    public static void Configure(ISiloBuilder silo)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // Probe every 2 s at first (default 5 s); Orleans adapts the timeout between 1 s and 8 s per peer.
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            // Three misses before a suspicion (Orleans' default, kept: about 6 s of silence).
            o.NumMissedProbesLimit = 3;
            // Two votes declare a death (the default): with three silos both survivors must agree.
            o.NumVotesForDeathDeclaration = 2;
            // A vote stays valid 20 s (default 2 min): long enough for the second voter's probes to miss too,
            // short enough that an old suspicion of a silo that recovered does not combine with a new one.
            o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(20);
            // Each silo reads the membership table every 5 s (default 60 s), so a death declared by others or a
            // silo that joined is known within seconds even where gossip missed it; one small query per silo.
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            // The I-am-alive heartbeat every 10 s (default 30 s): `ledger cluster status` shows a recent one, and
            // an entry two heartbeats old (20 s) counts as stale, so a silo restarted after kill -9 on other ports
            // does not wait on its dead predecessor for long (on the same ports it declares it dead at once).
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
    }
}
