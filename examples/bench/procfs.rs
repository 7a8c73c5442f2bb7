//! What Linux tells about processes and the machine.

use std::path::Path;

/// Seconds of CPU (user and system) that process `pid` has used.
pub fn cpu_seconds(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(vec![], |(_, rest)| rest.split_whitespace().collect());
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| {
        f.iter().filter_map(|t| t.parse::<f64>().ok()).sum()
    });
    // SAFETY: sysconf has no preconditions.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks / per_second
}

pub fn own_cpu_seconds() -> f64 {
    cpu_seconds("self")
}

/// A `/proc/self/status` figure in KiB, such as `VmRSS` or `VmHWM`.
pub fn status_kib(key: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// The size of a stripped copy of `library`, when `strip` is at hand.
pub fn stripped_size(library: &Path) -> Option<u64> {
    let copy = std::env::temp_dir().join(format!("libopi-stripped-{}.so", std::process::id()));
    std::fs::copy(library, &copy).ok()?;
    let ok = std::process::Command::new("strip")
        .arg("--strip-all")
        .arg(&copy)
        .status()
        .ok()?
        .success();
    let size = std::fs::metadata(&copy).ok()?.len();
    std::fs::remove_file(&copy).ok();
    ok.then_some(size)
}

/// Processor model and count, for the report.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")?
                .split_once(':')
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "an unknown processor".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cores} x {model}, Linux")
}
