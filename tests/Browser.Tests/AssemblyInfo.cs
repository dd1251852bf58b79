// Each browser test starts its own host and Chromium; on a 2-core CI machine running them one at a time is both
// faster overall and keeps page timings far from the timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
