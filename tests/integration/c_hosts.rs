//! libopi from C and C++, as the hosts it exists for use it: the programs in tests/c,
//! tests/cpp and examples are compiled with the system gcc and g++ under strict
//! warnings, linked against the libopi.so and libopi.a of this very build, and run
//! against the loopback stand-in; the install rule is checked by building a program with
//! nothing but what pkg-config reports.
//!
//! tests/c/memcheck.sh runs the same programs under valgrind and the sanitizers.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::common::programs::{Ran, lib_dir, profile, root, run, without_outside_settings};
use opi_standin::tls::{TlsFront, config_with_new_ca};
use opi_standin::{StandIn, TOKEN};

pub(crate) const C_FLAGS: &[&str] = &["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-g"];
const CXX_FLAGS: &[&str] = &[
    "-std=c++17",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-g",
];

/// Where the libraries are and where the programs go.
struct Dirs {
    /// target/<profile>/deps, beside this test binary. `cargo test` writes libopi.so and
    /// libopi.a there but, unlike `cargo build`, does not copy them up to
    /// target/<profile>, so only this directory is sure to hold the current build.
    lib: PathBuf,
    /// target/tmp/c_hosts/<profile>: compiled programs and install prefixes.
    work: PathBuf,
    /// Holds libopi.so under its SONAME, the name linked programs ask the loader for.
    runtime: PathBuf,
}

fn dirs() -> &'static Dirs {
    static DIRS: OnceLock<Dirs> = OnceLock::new();
    DIRS.get_or_init(|| {
        let lib = lib_dir();
        let profile = profile();
        let work = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("c_hosts")
            .join(&profile);
        let runtime = work.join("lib");
        fs::create_dir_all(&runtime).expect("the work directory can be created");
        // Built under a private name, then renamed into place, as every output here is:
        // another run of this suite may be using the directory at the same time.
        let private = work.join(format!("soname.{}", std::process::id()));
        let _ = fs::remove_file(&private);
        std::os::unix::fs::symlink(lib.join("libopi.so"), &private)
            .expect("the SONAME link can be created");
        fs::rename(&private, runtime.join(soname())).expect("the SONAME link can be renamed");
        Dirs { lib, work, runtime }
    })
}

fn soname() -> String {
    format!("libopi.so.{}", env!("CARGO_PKG_VERSION_MAJOR"))
}

/// Runs a tool that must succeed (a compiler, make, pkg-config) and returns its stdout;
/// on failure the test fails with everything the tool printed.
fn tool(command: &mut Command) -> String {
    let ran = run(command);
    assert!(
        ran.code() == Some(0),
        "{command:?} failed: {}",
        ran.report()
    );
    ran.stdout
}

/// Compiles `sources` into `name` in the work directory, once per test binary.
pub(crate) fn compile(
    compiler: &str,
    flags: &[&str],
    sources: &[&str],
    link: &[String],
    name: &str,
) -> PathBuf {
    let d = dirs();
    let out = d.work.join(name);
    let private = d.work.join(format!("{name}.{}", std::process::id()));
    let mut command = Command::new(compiler);
    command
        .args(flags)
        .arg(format!("-I{}", root().join("include").display()))
        .args(sources.iter().map(|s| root().join(s)))
        .args(link)
        .arg("-o")
        .arg(&private);
    tool(&mut command);
    fs::rename(&private, &out).expect("the program can be renamed into place");
    out
}

/// Link flags for libopi.so, with the run-time search path set to the SONAME link.
fn shared() -> Vec<String> {
    let d = dirs();
    vec![
        format!("-L{}", d.lib.display()),
        "-lopi".into(),
        format!("-Wl,-rpath,{}", d.runtime.display()),
    ]
}

/// The system libraries a program linking libopi.a also needs, as
/// `rustc --print native-static-libs` reports them for a static library. That libopi
/// adds none of its own is checked by linking with exactly these.
fn native_static_libs() -> Vec<String> {
    let probe = dirs().work.join(format!("probe.{}", std::process::id()));
    fs::create_dir_all(&probe).expect("the probe directory can be created");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let ran = run(Command::new(rustc)
        .args(["--crate-type", "staticlib", "--crate-name", "probe"])
        .args(["--print", "native-static-libs", "--out-dir"])
        .arg(&probe)
        .arg("-"));
    let _ = fs::remove_dir_all(&probe);
    let line = ran
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("note: native-static-libs: "))
        .unwrap_or_else(|| panic!("rustc named no native libraries: {}", ran.report()));
    line.split_whitespace().map(String::from).collect()
}

fn host() -> &'static Path {
    static HOST: OnceLock<PathBuf> = OnceLock::new();
    HOST.get_or_init(|| compile("gcc", C_FLAGS, &["tests/c/host.c"], &shared(), "host"))
}

/// A host program's run against `server`, with only the stand-in's URL from outside:
/// settings or proxies of the environment the tests run in must not change results.
fn host_command(program: &Path, server: &StandIn) -> Command {
    let mut command = Command::new(program);
    without_outside_settings(&mut command);
    command
        .env("OPI_TELEGRAM_API_URL", server.url())
        .env("LD_LIBRARY_PATH", &dirs().runtime);
    command
}

fn assert_passed(what: &str, ran: &Ran) {
    assert!(ran.code() == Some(0), "{what}: {}", ran.report());
}

/// Runs sections of tests/c/host.c against a fresh stand-in, which it returns for
/// checks of what arrived.
fn host_sections(sections: &[&str]) -> StandIn {
    let server = StandIn::start();
    let ran = run(host_command(host(), &server).args(sections));
    assert_passed(&format!("host {}", sections.join(" ")), &ran);
    server
}

#[test]
fn the_c_programs_use_the_stand_ins_token() {
    let check = fs::read_to_string(root().join("tests/c/check.h")).unwrap();
    assert!(
        check.contains(&format!("#define STANDIN_TOKEN \"{TOKEN}\"")),
        "tests/c/check.h must define STANDIN_TOKEN as opi_standin::TOKEN, {TOKEN}"
    );
    let cycles = fs::read_to_string(root().join("tests/c/load_cycle.h")).unwrap();
    assert!(
        cycles.contains(&format!("#define STANDIN_TOKEN \"{TOKEN}\"")),
        "tests/c/load_cycle.h must define STANDIN_TOKEN as opi_standin::TOKEN, {TOKEN}"
    );
    let cpp = fs::read_to_string(root().join("tests/cpp/host.cpp")).unwrap();
    assert!(
        cpp.contains(&format!("\"{TOKEN}\"")),
        "tests/cpp/host.cpp must use {TOKEN}"
    );
}

#[test]
fn the_header_compiles_on_its_own_as_c_and_as_cpp() {
    let header = root().join("include/opi.h");
    for (compiler, language, standard) in [
        ("gcc", "c", "-std=c99"),
        ("gcc", "c", "-std=c11"),
        ("g++", "c++", "-std=c++11"),
        ("g++", "c++", "-std=c++17"),
    ] {
        // -include makes the header come twice, which its include guard must allow.
        tool(
            Command::new(compiler)
                .args(["-fsyntax-only", "-x", language, standard])
                .args(["-Wall", "-Wextra", "-Werror", "-pedantic", "-include"])
                .arg(&header)
                .arg(&header),
        );
    }
}

#[test]
fn libopi_so_carries_its_soname() {
    let dynamic = tool(
        Command::new("readelf")
            .arg("-d")
            .arg(dirs().lib.join("libopi.so")),
    );
    assert!(
        dynamic.contains(&format!("Library soname: [{}]", soname())),
        "{dynamic}"
    );
}

#[test]
fn c_version_and_free() {
    host_sections(&["version"]);
}

#[test]
fn c_describe() {
    host_sections(&["describe"]);
}

#[test]
fn c_configure() {
    host_sections(&["configure"]);
}

#[test]
fn c_success() {
    let server = host_sections(&["success"]);
    let bodies: Vec<_> = server.requests().iter().map(|r| r.json()).collect();
    // The C strings arrive intact: a numeric chat goes out as a number, with its topic
    // dropped, and UTF-8 titles stay UTF-8.
    assert!(
        bodies.iter().any(|b| b["chat_id"] == -1001234567890_i64),
        "{bodies:?}"
    );
    assert!(bodies.iter().any(|b| b["name"] == "Ссылка"), "{bodies:?}");
}

#[test]
fn c_telegram_errors() {
    let server = host_sections(&["telegram_errors"]);
    assert_eq!(server.request_count(), 3);
}

#[test]
fn c_local_errors() {
    host_sections(&["local_errors"]);
}

/// How many requests for `chat` reached the stand-in.
fn requests_for(server: &StandIn, chat: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.json()["chat_id"] == chat)
        .count()
}

#[test]
fn c_a_request_that_may_have_arrived_is_never_sent_twice() {
    let server = host_sections(&["lost_answers"]);
    assert_eq!(requests_for(&server, "@hang_up"), 1);
    assert_eq!(requests_for(&server, "@hang_up_mid_answer"), 1);
    assert_eq!(server.request_count(), 4);
}

#[test]
fn c_a_429_is_not_resent_by_default_even_without_a_wait() {
    let server = host_sections(&["flood_now"]);
    assert_eq!(server.request_count(), 2, "{:?}", server.requests());
}

#[test]
fn c_extreme_and_ambiguous_dates_are_refused_quietly_in_every_zone() {
    for zone in ["Asia/Tokyo", "America/New_York", "UTC"] {
        let server = StandIn::start();
        let ran = run(host_command(host(), &server).env("TZ", zone).arg("dates"));
        assert_passed(&format!("host dates, TZ={zone}"), &ran);
        // A library never writes to its host's stderr: not a panic message, not anything.
        let theirs: Vec<&str> = ran
            .stderr
            .lines()
            .filter(|l| !l.starts_with("FAIL"))
            .collect();
        assert!(theirs.is_empty(), "TZ={zone}: {}", ran.stderr);
        assert_eq!(
            server.request_count(),
            2,
            "TZ={zone}: only the valid dates are sent"
        );
    }
}

#[test]
fn c_downloads_receive_bytes_and_free_them() {
    let server = host_sections(&["downloads"]);
    // getFile and the file; getFile refused; nothing for the two refused unsent.
    assert_eq!(server.request_count(), 3);
}

#[test]
fn c_api_urls_that_cannot_work_are_refused() {
    let server = host_sections(&["api_urls"]);
    assert_eq!(server.request_count(), 1);
}

#[test]
fn c_passwords_in_urls_never_show() {
    host_sections(&["passwords"]);
}

#[test]
fn c_proxy_errors_name_the_proxy() {
    use crate::common::scripted::serve;
    let reply = |text: &'static str| {
        serve(move |mut conn, _| {
            conn.read_request();
            conn.write(text.as_bytes());
        })
    };
    let auth = reply("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n");
    let forbidden = reply("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    let hang_up = serve(|conn, _| drop(conn));
    let server = StandIn::start();
    let address = |proxy: &crate::common::scripted::Scripted| proxy.url.replace("http://", "");
    let ran = run(host_command(host(), &server)
        .env("OPI_TEST_PROXY_407", address(&auth))
        .env("OPI_TEST_PROXY_403", address(&forbidden))
        .env("OPI_TEST_PROXY_HANG_UP", address(&hang_up))
        .arg("proxy_errors"));
    assert_passed("host proxy_errors", &ran);
    assert!(
        ran.stdout.contains("3 answering proxies checked"),
        "{}",
        ran.report()
    );
    let through_proxy = server
        .requests()
        .iter()
        .filter(|r| r.json()["chat_id"] == "@through_proxy")
        .count();
    assert_eq!(through_proxy, 0, "{:?}", server.requests());
    assert!(
        server.request_count() >= 2,
        "the calls without the proxy arrived"
    );
}

#[test]
fn c_bad_arguments_send_nothing() {
    let server = host_sections(&["arguments"]);
    assert_eq!(server.request_count(), 0, "{:?}", server.requests());
}

#[test]
fn c_invite_link_family_and_any_method() {
    let server = host_sections(&["family"]);
    let methods: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.bot_method().unwrap_or("").to_string())
        .collect();
    for method in [
        "editChatInviteLink",
        "revokeChatInviteLink",
        "exportChatInviteLink",
        "createChatInviteLink",
        "createChatSubscriptionInviteLink",
        "editChatSubscriptionInviteLink",
        "approveChatJoinRequest",
        "declineChatJoinRequest",
        "getMe",
        "getChat",
        "noSuchMethod",
    ] {
        assert!(
            methods.iter().any(|m| m == method),
            "{method} was not called: {methods:?}"
        );
    }
    // The second edit left every optional field out, and sent none of them.
    let bare_edit = &server.requests()[1];
    assert_eq!(
        bare_edit.json(),
        serde_json::json!({"chat_id":"@testchat","invite_link":"https://t.me/+hUgH4yjb_7wyZDBi"})
    );
}

#[test]
fn c_files_go_up_from_bytes_a_path_and_a_url() {
    let server = host_sections(&["files"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "the refused files sent nothing");
    let bytes = requests[0].part("document").unwrap();
    assert_eq!(bytes.file_name.as_deref(), Some("bytes.pdf"));
    assert_eq!(bytes.data, b"%PDF\x00\x01\x02\xff\r\n--");
    let path = requests[1].part("document").unwrap();
    assert_eq!(path.data, b"written by the C host\n");
    assert_eq!(requests[1].part("parse_mode").unwrap().text(), "HTML");
    let url = requests[2].part("document").unwrap();
    assert_eq!(
        (url.file_name.as_deref(), url.text()),
        (None, "https://example.com/files/report.docx".to_string())
    );
}

#[test]
fn c_senders_put_the_hosts_bytes_under_their_fields() {
    let server = host_sections(&["senders"]);
    let requests = server.requests();
    let paths: Vec<&str> = requests
        .iter()
        .map(|r| r.path.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "sendPhoto",
            "sendVideo",
            "sendAudio",
            "sendAnimation",
            "sendMediaGroup"
        ],
        "the refusals sent nothing"
    );
    for (request, field, name) in [
        (&requests[0], "photo", "photo"),
        (&requests[1], "video", "video"),
        (&requests[2], "audio", "audio"),
        (&requests[3], "animation", "animation.gif"),
    ] {
        let part = request.part(field).unwrap();
        assert_eq!(part.file_name.as_deref(), Some(name));
        assert_eq!(part.data, b"GIF89a\x00\xff");
    }
    assert!(requests[1].part("parse_mode").is_none(), "Markup none");
    let media: serde_json::Value =
        serde_json::from_str(&requests[4].part("media").unwrap().text()).unwrap();
    assert_eq!(media[0]["media"], "https://example.com/a.jpg");
    assert_eq!(media[0]["caption"], "Group");
    assert_eq!(media[1]["media"], "https://example.com/b.jpg");
}

#[test]
fn c_sending_with_each_kind_of_argument() {
    let server = host_sections(&["sending"]);
    let bodies: Vec<serde_json::Value> = server.requests().iter().map(|r| r.json()).collect();
    let keyboard = serde_json::json!({"inline_keyboard":[[{"text":"A","callback_data":"a"}]]});
    assert_eq!(
        bodies,
        [
            serde_json::json!({"chat_id":461699897,"message_thread_id":5,"text":"R&amp;D",
            "parse_mode":"HTML","reply_parameters":{"message_id":7},"reply_markup":keyboard}),
            serde_json::json!({"chat_id":"@c","latitude":48.8737,"longitude":-2.5}),
            serde_json::json!({"chat_id":"@c","question":"Color?",
                "options":[{"text":"Red"},{"text":"Blue"}],"is_anonymous":false}),
        ]
    );
}

#[test]
fn c_family_bad_arguments_send_nothing() {
    let server = host_sections(&["family_arguments"]);
    assert_eq!(server.request_count(), 0, "{:?}", server.requests());
}

#[test]
fn c_one_mebibyte_strings() {
    let server = host_sections(&["large"]);
    assert!(
        server
            .requests()
            .iter()
            .filter(|r| !r.body.is_empty())
            .any(|r| r.json()["chat_id"].as_str().map(str::len) == Some(1024 * 1024)),
        "the 1 MiB chat id did not arrive whole"
    );
}

fn threads_program() -> &'static Path {
    static THREADS: OnceLock<PathBuf> = OnceLock::new();
    THREADS.get_or_init(|| {
        compile(
            "gcc",
            C_FLAGS,
            &["tests/c/threads.c"],
            &[&["-pthread".to_string()][..], &shared()].concat(),
            "threads",
        )
    })
}

#[test]
fn c_two_threads_configuring_at_once_lose_no_change() {
    let server = StandIn::start();
    let ran = run(host_command(threads_program(), &server).arg("configure"));
    assert_passed("threads configure", &ran);
}

#[test]
fn c_eight_threads_of_two_hundred_calls() {
    let threads = threads_program();
    let server = StandIn::start();
    let ran = run(&mut host_command(threads, &server));
    assert_passed("threads", &ran);
    // Of each thread's 200 calls, every tenth is refused locally.
    assert_eq!(server.request_count(), 8 * 180);
}

/// Runs a section of tests/c/fork.c against `url`, the stand-in or its HTTPS front. The
/// environment names a port where nothing listens: the program sets `url` with
/// `opi_configure`, and its children must keep that setting.
fn fork_section(section: &str, server: &StandIn, url: &str, env: &[(&str, &Path)]) {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    let program = PROGRAM.get_or_init(|| {
        let link = [&["-pthread".to_string()][..], &shared()].concat();
        compile("gcc", C_FLAGS, &["tests/c/fork.c"], &link, "fork")
    });
    let mut command = host_command(program, server);
    command
        .env("OPI_TELEGRAM_API_URL", "http://127.0.0.1:9")
        .env_remove("SSL_CERT_FILE")
        .env_remove("SSL_CERT_DIR")
        .envs(env.iter().copied())
        .args([section, url]);
    assert_passed(&format!("fork {section}"), &run(&mut command));
}

#[test]
fn c_fork_with_a_pooled_connection_shares_nothing() {
    let server = StandIn::start();
    fork_section("idle", &server, &server.url(), &[]);
    // Each request arrived once: none was lost and sent again.
    assert_eq!(server.request_count(), 1 + 4 * 200);
}

#[test]
fn c_fork_while_threads_are_mid_call() {
    let server = StandIn::start();
    fork_section("threads", &server, &server.url(), &[]);
}

#[test]
fn c_fork_child_that_exits_leaves_the_parents_connection_working() {
    let server = StandIn::start();
    fork_section("exit", &server, &server.url(), &[]);
    assert_eq!(server.request_count(), 3);
    assert_eq!(
        server.connections(),
        1,
        "the parent's calls after each child's exit were not made on its pooled connection"
    );
}

#[test]
fn c_fork_over_tls_shares_nothing() {
    let server = StandIn::start();
    let ca_file = dirs()
        .work
        .join(format!("fork-ca.{}.pem", std::process::id()));
    let backend = format!("127.0.0.1:{}", server.port()).parse().unwrap();
    let front = TlsFront::start(config_with_new_ca(&ca_file), backend);
    fork_section(
        "idle",
        &server,
        &front.url(),
        &[("SSL_CERT_FILE", &ca_file)],
    );
    assert_eq!(server.request_count(), 1 + 4 * 200);
    let _ = fs::remove_file(&ca_file);
}

#[test]
fn c_fork_after_libopi_is_unloaded() {
    let program = compile(
        "gcc",
        C_FLAGS,
        &["tests/c/fork_after_unload.c"],
        &["-ldl".to_string()],
        "fork_after_unload",
    );
    let server = StandIn::start();
    let mut command = host_command(&program, &server);
    command.arg(dirs().lib.join("libopi.so")).arg(TOKEN);
    assert_passed("fork_after_unload", &run(&mut command));
    assert_eq!(server.request_count(), 1);
}

/// A plug-in host's life: twenty times dlopen, configure, two calls with dates in local
/// time, dlclose; then twenty more with the server named `localhost`, as the default
/// api.telegram.org is a name to look up. The program checks that nothing stays behind
/// (see tests/c/unload.c).
#[test]
fn c_load_use_and_unload_twenty_times() {
    let unload = compile(
        "gcc",
        C_FLAGS,
        &["tests/c/unload.c"],
        &["-ldl".to_string()],
        "unload",
    );
    let server = StandIn::start();
    let ran = run(host_command(&unload, &server)
        // So that mallinfo2() counts freed blocks as free (see the program).
        .env("GLIBC_TUNABLES", "glibc.malloc.tcache_count=0")
        .env("TZ", "America/New_York")
        .arg(dirs().lib.join("libopi.so"))
        .arg("20"));
    assert_passed("unload", &ran);
    assert!(
        ran.stdout
            .contains("unloaded cleanly 20 times by address and 20 by name"),
        "{}",
        ran.report()
    );
    assert_eq!(server.request_count(), 80, "{}", ran.report());
}

#[test]
fn c_linked_statically() {
    let mut link = vec![dirs().lib.join("libopi.a").display().to_string()];
    link.extend(native_static_libs());
    link.push("-pthread".into());
    let program = compile("gcc", C_FLAGS, &["tests/c/host.c"], &link, "host_static");
    let dynamic = tool(Command::new("readelf").arg("-d").arg(&program));
    assert!(!dynamic.contains("libopi"), "{dynamic}");

    let server = StandIn::start();
    let mut command = host_command(&program, &server);
    command.env_remove("LD_LIBRARY_PATH");
    assert_passed("host_static", &run(&mut command));
}

#[test]
fn cpp_host() {
    let link = [&["-pthread".to_string()][..], &shared()].concat();
    let program = compile("g++", CXX_FLAGS, &["tests/cpp/host.cpp"], &link, "host_cpp");
    let server = StandIn::start();
    assert_passed("host_cpp", &run(&mut host_command(&program, &server)));
}

/// Runs an example the way its usage line shows, with the token in the environment.
fn run_example(program: &Path, server: &StandIn, args: &[&str]) -> Ran {
    let mut command = host_command(program, server);
    command.env("TELEGRAM_BOT_TOKEN", TOKEN).args(args);
    run(&mut command)
}

fn check_example(program: &Path) {
    let server = StandIn::start();
    let made = run_example(
        program,
        &server,
        &["@my_channel", "Spring", "1893456000", "100"],
    );
    assert_passed("the example", &made);
    for wanted in [
        "\"ok\":true",
        "\"invite_link\":\"https://t.me/+",
        "\"name\":\"Spring\"",
        "\"expire_date\":1893456000",
        "\"member_limit\":100",
    ] {
        assert!(made.stdout.contains(wanted), "{wanted}: {}", made.report());
    }

    let refused = run_example(program, &server, &["@no_such_chat"]);
    assert_eq!(refused.code(), Some(1), "{}", refused.report());
    assert!(
        refused.stdout.contains("chat not found"),
        "{}",
        refused.report()
    );

    let usage = run_example(program, &server, &[]);
    assert_eq!(usage.code(), Some(2), "{}", usage.report());
    assert!(usage.stderr.contains("usage:"), "{}", usage.report());
    let bad_limit = run_example(program, &server, &["@c", "t", "", "lots"]);
    assert_eq!(bad_limit.code(), Some(2), "{}", bad_limit.report());

    assert_eq!(server.request_count(), 2);
}

#[test]
fn c_example() {
    let program = compile(
        "gcc",
        C_FLAGS,
        &["examples/c/create_invitation_link.c"],
        &shared(),
        "example_c",
    );
    check_example(&program);
}

#[test]
fn cpp_example() {
    let program = compile(
        "g++",
        CXX_FLAGS,
        &["examples/cpp/create_invitation_link.cpp"],
        &shared(),
        "example_cpp",
    );
    check_example(&program);
}

/// `make install` (or `uninstall`) with these variables, installing this build.
fn make(target: &str, vars: &[(&str, &Path)]) {
    let mut command = Command::new("make");
    command
        .arg("-C")
        .arg(root())
        .arg(target)
        .arg(format!("BUILD_DIR={}", dirs().lib.display()));
    for (name, value) in vars {
        command.arg(format!("{name}={}", value.display()));
    }
    // Make variables from whatever ran this test stay out of the way.
    for name in [
        "MAKEFLAGS",
        "MFLAGS",
        "MAKELEVEL",
        "PREFIX",
        "DESTDIR",
        "LIBDIR",
    ] {
        command.env_remove(name);
    }
    tool(&mut command);
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = dirs().work.join(format!("{name}.{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a fresh directory can be created");
    dir
}

#[test]
fn installed_with_make_and_built_with_pkg_config() {
    let prefix = fresh_dir("prefix");
    make("install", &[("PREFIX", &prefix)]);

    let lib = prefix.join("lib");
    let version = env!("CARGO_PKG_VERSION");
    let real = format!("libopi.so.{version}");
    assert!(lib.join(&real).is_file());
    assert_eq!(fs::read_link(lib.join(soname())).unwrap(), Path::new(&real));
    assert_eq!(
        fs::read_link(lib.join("libopi.so")).unwrap(),
        Path::new(&soname())
    );
    assert!(lib.join("libopi.a").is_file());
    assert_eq!(
        fs::read(prefix.join("include/opi.h")).unwrap(),
        fs::read(root().join("include/opi.h")).unwrap()
    );

    let pkg_config = |args: &[&str]| {
        tool(
            Command::new("pkg-config")
                .args(args)
                .env("PKG_CONFIG_PATH", lib.join("pkgconfig")),
        )
        .trim()
        .to_string()
    };
    assert_eq!(pkg_config(&["--modversion", "opi"]), version);
    let flags = pkg_config(&["--cflags", "--libs", "opi"]);

    // Nothing but pkg-config's flags tells the compiler where libopi is.
    let program = prefix.join("create_invitation_link");
    tool(
        Command::new("gcc")
            .args(["-Wall", "-Wextra", "-Werror"])
            .arg(root().join("examples/c/create_invitation_link.c"))
            .args(flags.split_whitespace())
            .arg("-o")
            .arg(&program),
    );
    let dynamic = tool(Command::new("readelf").arg("-d").arg(&program));
    assert!(
        dynamic.contains(&format!("Shared library: [{}]", soname())),
        "{dynamic}"
    );

    let server = StandIn::start();
    let mut command = host_command(&program, &server);
    command
        .env("LD_LIBRARY_PATH", &lib)
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .arg("@my_channel");
    let ran = run(&mut command);
    assert_passed("the program built with pkg-config", &ran);
    assert!(ran.stdout.contains("\"invite_link\""), "{}", ran.report());

    let _ = fs::remove_dir_all(&prefix);
}

#[test]
fn install_honours_destdir_and_uninstall_removes_everything() {
    let stage = fresh_dir("stage");
    let prefix = Path::new("/opt/libopi");
    make("install", &[("PREFIX", prefix), ("DESTDIR", &stage)]);

    let staged = stage.join("opt/libopi");
    let pc = fs::read_to_string(staged.join("lib/pkgconfig/opi.pc")).unwrap();
    // The package's files name where they will be installed, not where they were staged.
    assert!(pc.contains("prefix=/opt/libopi\n"), "{pc}");
    assert!(!pc.contains(&stage.display().to_string()), "{pc}");
    assert!(
        pc.contains(&format!("Version: {}\n", env!("CARGO_PKG_VERSION"))),
        "{pc}"
    );
    for file in ["include/opi.h", "lib/libopi.a", "lib/libopi.so"] {
        assert!(staged.join(file).exists(), "{file} was not installed");
    }

    make("uninstall", &[("PREFIX", prefix), ("DESTDIR", &stage)]);
    let mut left = Vec::new();
    let mut pending = vec![stage.clone()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && !path.is_symlink() {
                pending.push(path);
            } else {
                left.push(path);
            }
        }
    }
    assert!(left.is_empty(), "uninstall left {left:?}");
    let _ = fs::remove_dir_all(&stage);
}
