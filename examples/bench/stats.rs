//! Latency samples and the figures drawn from them.

use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug)]
pub struct Latency {
    pub median_us: f64,
    pub p99_us: f64,
    pub calls: usize,
}

/// Times `calls` runs of `call`, each on its own.
pub fn latency(calls: usize, mut call: impl FnMut()) -> Latency {
    let mut samples: Vec<Duration> = Vec::with_capacity(calls);
    for _ in 0..calls {
        let started = Instant::now();
        call();
        samples.push(started.elapsed());
    }
    summarize(samples)
}

pub fn summarize(mut samples: Vec<Duration>) -> Latency {
    samples.sort();
    let at = |q: f64| {
        let i = ((samples.len() - 1) as f64 * q).round() as usize;
        samples[i].as_secs_f64() * 1e6
    };
    Latency {
        median_us: at(0.5),
        p99_us: at(0.99),
        calls: samples.len(),
    }
}

/// Two callers timed in alternating blocks, so that drift in the machine's load falls
/// on both alike.
pub fn interleaved(calls: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (Latency, Latency) {
    const BLOCK: usize = 250;
    let (mut sa, mut sb) = (Vec::with_capacity(calls), Vec::with_capacity(calls));
    while sa.len() < calls {
        for (samples, call) in [(&mut sa, &mut a as &mut dyn FnMut()), (&mut sb, &mut b)] {
            for _ in 0..BLOCK.min(calls - samples.len()) {
                let started = Instant::now();
                call();
                samples.push(started.elapsed());
            }
        }
    }
    (summarize(sa), summarize(sb))
}
