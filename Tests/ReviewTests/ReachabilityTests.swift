import Testing

@testable import Review

/// When a replica's heartbeats are evidence enough to judge other replicas gone, and how long
/// it leaves them.
@Suite struct ReachabilityTests {
    typealias Reachability = StoreReviewSink.Reachability
    let timeout: Duration = .seconds(12)
    let interval: Duration = .milliseconds(100)
    let start = ContinuousClock.now

    func at(_ seconds: Double) -> ContinuousClock.Instant { start + .seconds(seconds) }

    /// Heartbeats every `step` from `from` to `to` (seconds after `start`), each taking 1 ms.
    func beat(_ reach: inout Reachability, from: Double, to: Double, step: Double = 0.1) {
        var seconds = from
        while seconds <= to + 1e-9 {
            reach.reached(
                started: at(seconds), ended: at(seconds) + .milliseconds(1), timeout: timeout,
                interval: interval)
            seconds += step
        }
    }

    @Test func judgesOnlyAfterATimeoutOfUnbrokenReach() {
        var reach = Reachability()
        beat(&reach, from: 0, to: 11.5)
        #expect(!reach.judges(at: at(11.6), timeout: timeout))
        beat(&reach, from: 11.6, to: 12.5)
        #expect(reach.judges(at: at(12.6), timeout: timeout))
        #expect(reach.grace(at: at(12.6), timeout: timeout, interval: interval) < .milliseconds(1))
    }

    @Test func aFailedHeartbeatStartsAgain() {
        var reach = Reachability()
        beat(&reach, from: 0, to: 20)
        #expect(reach.judges(at: at(20.1), timeout: timeout))
        reach.failed()
        #expect(!reach.judges(at: at(20.2), timeout: timeout))
        beat(&reach, from: 20.2, to: 32)
        #expect(!reach.judges(at: at(32.1), timeout: timeout))
        beat(&reach, from: 32.1, to: 32.5)
        #expect(reach.judges(at: at(32.6), timeout: timeout))
    }

    /// A replica held up for just under the timeout (a busy machine) still judges, but leaves
    /// the others as much longer: they may have been held up as long, and their last heartbeat
    /// is then a little over a timeout old. The longest delay within the last timeout counts.
    @Test(arguments: [2.0, 6.0, 11.8]) func aReplicaHeldUpLeavesTheOthersAsLong(_ held: Double) {
        var reach = Reachability()
        beat(&reach, from: 0, to: 20)
        let resumed = 20 + 0.1 + held
        // The first heartbeat after the delay leaves as much.
        let first = reach.grace(at: at(resumed), timeout: timeout, interval: interval)
        #expect(abs((first - .seconds(held)) / .seconds(1)) < 0.01, "\(first)")
        beat(&reach, from: resumed, to: resumed)
        #expect(reach.judges(at: at(resumed + 0.1), timeout: timeout))
        let grace = reach.grace(at: at(resumed + 0.1), timeout: timeout, interval: interval)
        #expect(abs((grace - .seconds(held)) / .seconds(1)) < 0.01, "\(grace)")
        // Another, shorter delay within the timeout does not shorten it.
        beat(&reach, from: resumed + 0.1, to: resumed + 5)
        beat(&reach, from: resumed + 6, to: resumed + 11)
        #expect(reach.grace(at: at(resumed + 11.1), timeout: timeout, interval: interval) == grace)
        // A timeout after the delay, it is over.
        beat(&reach, from: resumed + 11.1, to: resumed + 13)
        #expect(reach.grace(at: at(resumed + 13.1), timeout: timeout, interval: interval) < .milliseconds(1))
    }

    /// A timeout or more without a heartbeat starts a new run: no judging for a timeout.
    @Test func aGapOfATimeoutStartsAgain() {
        var reach = Reachability()
        beat(&reach, from: 0, to: 20)
        beat(&reach, from: 32.5, to: 44)
        #expect(!reach.judges(at: at(44.1), timeout: timeout))
        beat(&reach, from: 44.1, to: 44.6)
        #expect(reach.judges(at: at(44.7), timeout: timeout))
    }

    /// Others judge by the start of this replica's last heartbeat that reached the store: one
    /// that ends a timeout or more after it means this replica may have been judged gone.
    @Test func mayHaveBeenJudgedGoneAfterATimeoutWithoutReach() {
        var reach = Reachability()
        beat(&reach, from: 0, to: 1)
        #expect(reach.mayHaveBeenJudgedGone)  // the first heartbeat: nothing is known before it
        reach.reasserted()
        beat(&reach, from: 1.1, to: 8)
        #expect(!reach.mayHaveBeenJudgedGone)
        reach.failed()
        beat(&reach, from: 19, to: 19)
        #expect(!reach.mayHaveBeenJudgedGone)
        beat(&reach, from: 32, to: 32)
        #expect(reach.mayHaveBeenJudgedGone)
    }
}
