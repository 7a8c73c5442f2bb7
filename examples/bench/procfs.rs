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

/// The platforms of `make dist` and where each archive keeps its library.
const DIST_LIBRARIES: [(&str, &str); 7] = [
    ("linux-x86_64", "lib/libopi.so.VERSION"),
    ("linux-i686", "lib/libopi.so.VERSION"),
    ("linux-aarch64", "lib/libopi.so.VERSION"),
    ("linux-x86_64-musl", "lib/libopi.so.VERSION"),
    ("linux-aarch64-musl", "lib/libopi.so.VERSION"),
    ("windows-x86_64", "bin/opi.dll"),
    ("windows-x86", "bin/opi.dll"),
];

/// The size of each platform's library as `make dist` packed it (stripped), for the
/// platforms whose archive is in `dist`.
pub fn dist_sizes(dist: &Path) -> Vec<(&'static str, u64)> {
    let version = env!("CARGO_PKG_VERSION");
    let mut sizes = Vec::new();
    for (platform, member) in DIST_LIBRARIES {
        let name = format!("libopi-{version}-{platform}");
        let member = format!("{name}/{}", member.replace("VERSION", version));
        let tar = dist.join(format!("{name}.tar.gz"));
        let zip = dist.join(format!("{name}.zip"));
        let read = if tar.exists() {
            std::process::Command::new("tar")
                .arg("-xzOf")
                .arg(&tar)
                .arg(&member)
                .output()
        } else if zip.exists() {
            std::process::Command::new("python3")
                .args(["-c", "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"])
                .arg(&zip)
                .arg(&member)
                .output()
        } else {
            continue;
        };
        if let Some(out) = read.ok().filter(|o| o.status.success()) {
            sizes.push((platform, out.stdout.len() as u64));
        }
    }
    sizes
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
