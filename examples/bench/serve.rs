//! The stand-in runs in a child process of the benchmark (the same executable, started
//! with `--serve`), so its CPU is measured apart and it never competes for the client's
//! allocator or locks. `--cold` and `--cold-noop` are the cold-start children;
//! `--fork-cost` times fork() in a process of its own.

use std::ffi::{CStr, CString, c_char};
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, ChildStdin, Command, Stdio};

use opi_standin::StandIn;
use opi_standin::tls::{TlsFront, config_with_new_ca};

/// A stand-in in a child process.
pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    pub url: String,
}

impl Server {
    /// Starts `bench --serve <args>` and waits for the URL it prints.
    pub fn start(args: &[&str]) -> Server {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .arg("--serve")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the stand-in starts");
        let mut url = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut url)
            .unwrap();
        let stdin = child.stdin.take();
        Server {
            child,
            stdin,
            url: url.trim().to_string(),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.url.split_once("://").unwrap().1.parse().unwrap()
    }

    pub fn cpu_seconds(&self) -> f64 {
        crate::procfs::cpu_seconds(&self.child.id().to_string())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Closing its stdin is the stand-in's signal to stop.
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}

/// Runs a child mode if `args` asks for one; false for the benchmark itself.
pub fn child_mode(args: &[String]) -> bool {
    match args.first().map(String::as_str) {
        Some("--serve") => serve(&args[1..]),
        Some("--cold-noop") => {}
        Some("--cold") => cold(&args[1], &args[2]),
        Some("--fork-cost") => crate::fork_cost(&args[1], args[2].parse().unwrap()),
        _ => return false,
    }
    true
}

fn serve(args: &[String]) {
    let server = StandIn::start();
    server.forget_requests();
    if args.iter().any(|a| a == "--close") {
        server.close_after_each_answer();
    }
    let tls = args
        .iter()
        .position(|a| a == "--tls")
        .map(|i| args[i + 1].clone());
    let front = tls.map(|ca_file| {
        let backend = format!("127.0.0.1:{}", server.port()).parse().unwrap();
        TlsFront::start(config_with_new_ca(ca_file.as_ref()), backend)
    });
    let url = front.as_ref().map_or_else(|| server.url(), TlsFront::url);
    println!("{url}");
    // Serve until the benchmark closes our stdin.
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

/// Loads libopi.so as a host does and makes one call.
fn cold(url: &str, library: &str) {
    type Configure = unsafe extern "C" fn(*const c_char) -> *mut c_char;
    type Create = unsafe extern "C" fn(
        *const c_char,
        *const c_char,
        *const c_char,
        *const c_char,
        i32,
    ) -> *mut c_char;
    type Free = unsafe extern "C" fn(*mut c_char);
    let path = CString::new(library).unwrap();
    // SAFETY: dlopen/dlsym with valid C strings; the symbols have the types opi.h gives.
    unsafe {
        let handle = libc::dlopen(path.as_ptr(), libc::RTLD_NOW);
        assert!(!handle.is_null(), "cannot load {library}");
        let symbol = |name: &CStr| {
            let s = libc::dlsym(handle, name.as_ptr());
            assert!(!s.is_null(), "{name:?} is missing");
            s
        };
        let configure: Configure = std::mem::transmute(symbol(c"opi_configure"));
        let create: Create = std::mem::transmute(symbol(c"opi_telegram_create_invitation_link"));
        let free: Free = std::mem::transmute(symbol(c"opi_free"));
        let options = CString::new(format!(r#"{{"api_url":"{url}"}}"#)).unwrap();
        free(configure(options.as_ptr()));
        let token = CString::new(opi_standin::TOKEN).unwrap();
        let result = create(
            token.as_ptr(),
            c"@testsichee".as_ptr(),
            c"Link".as_ptr(),
            std::ptr::null(),
            200,
        );
        assert!(
            CStr::from_ptr(result)
                .to_bytes()
                .starts_with(b"{\"ok\":true")
        );
        free(result);
    }
}
