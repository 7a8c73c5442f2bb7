//! Whole commands side by side: `oint` against `curl` doing the same thing against the
//! same stand-in, each a new process, timed from start to exit, with the peak resident
//! memory the kernel accounted to it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one kind of run cost: the median wall time and the largest peak memory.
pub struct Cost {
    pub median_ms: f64,
    pub peak_kib: u64,
}

/// `oint` beside this benchmark (`cargo build --release --bin oint`), if it was built.
pub fn oint() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    Some(dir.join("oint")).filter(|p| p.exists())
}

/// Whether `curl` is on the PATH.
pub fn have_curl() -> bool {
    Command::new("curl")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `a` and `b` in turn, `runs` times each, after one warm-up of each; each must
/// exit 0.
pub fn pair(
    runs: usize,
    a: &mut dyn FnMut() -> Command,
    b: &mut dyn FnMut() -> Command,
) -> (Cost, Cost) {
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    for round in 0..=runs {
        let (ta, tb) = (run(a()), run(b()));
        if round > 0 {
            sa.push(ta);
            sb.push(tb);
        }
    }
    (cost(sa), cost(sb))
}

fn cost(mut samples: Vec<(Duration, u64)>) -> Cost {
    samples.sort();
    Cost {
        median_ms: samples[samples.len() / 2].0.as_secs_f64() * 1e3,
        peak_kib: samples.iter().map(|s| s.1).max().unwrap_or(0),
    }
}

/// One run of `command`: its wall time and its peak resident memory (`ru_maxrss`, from
/// `wait4` on this very child).
// The child is reaped by wait4, which `Child::wait` cannot do with the usage figures.
#[allow(clippy::zombie_processes)]
fn run(mut command: Command) -> (Duration, u64) {
    let started = Instant::now();
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the command starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for this child only, writing into locals that outlive the call.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed: {status}"
    );
    (elapsed, usage.ru_maxrss as u64)
}

/// A file of `size` bytes of varied content, for an upload.
pub fn file_of(path: &Path, size: usize) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut left = size;
    while left > 0 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = left.min(8);
        out.write_all(&x.to_le_bytes()[..n]).unwrap();
        left -= n;
    }
    out.flush().unwrap();
}
