//! The `oint` binary, run as a user runs it, against the loopback stand-in: the spec
//! page's command, exit statuses, help, `--out`, `--debug`; and never the token on
//! stdout or stderr.

use std::path::PathBuf;
use std::process::Command;

use opi::unversioned::{TELEGRAM, find};
use opi_standin::{StandIn, TOKEN};
use serde_json::{Value, json};

/// What one run of `oint` left behind.
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    fn assert_usage_error(&self) {
        assert_eq!(self.status, 2, "{}", self.stderr);
        assert_eq!(self.stdout, "");
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{}", self.stderr);
        assert!(lines[0].starts_with("oint: "), "{}", self.stderr);
        assert!(lines[0].ends_with(" --help'"), "{}", self.stderr);
    }
}

/// Runs `oint` with `args` and only `env` in its environment (besides `TZ=UTC`, so that
/// dates without an offset read the same everywhere), and checks that the token shows
/// on neither stream.
fn oint_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_oint"))
        .args(args)
        .env_clear()
        .env("TZ", "UTC")
        .envs(env.iter().copied())
        .output()
        .expect("oint runs");
    let run = Run {
        status: output.status.code().expect("oint exits rather than dying"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stdout.contains(TOKEN),
        "token on stdout: {}",
        run.stdout
    );
    assert!(
        !run.stderr.contains(TOKEN),
        "token on stderr: {}",
        run.stderr
    );
    run
}

fn oint(args: &[&str]) -> Run {
    oint_with(args, &[])
}

/// `args` with `--api-url` pointing at `server`.
fn at(server: &StandIn, args: &[&str]) -> Vec<String> {
    let mut line: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    line.extend(["--api-url".to_string(), server.url()]);
    line
}

fn strs(line: &[String]) -> Vec<&str> {
    line.iter().map(String::as_str).collect()
}

/// A call with the stand-in's token and `extra` options after the method.
fn create(server: &StandIn, extra: &[&str]) -> Run {
    let mut args = vec!["telegram", "CreateInvitationLink", "--token", TOKEN];
    args.extend(extra);
    oint(&strs(&at(server, &args)))
}

#[test]
fn the_spec_command_as_written_creates_the_link_and_prints_it_indented() {
    let server = StandIn::start();
    let line = at(
        &server,
        &[
            "telegram",
            "CreateInvitationLink",
            "--token",
            TOKEN,
            "--chat",
            "@testsichee",
            "--expire",
            "2025-05-02T15:46:10.9476699",
            "--title",
            "Link 01.05.2025 15:46:10",
            "--limit",
            "200",
        ],
    );
    let run = oint(&strs(&line));
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].path,
        format!("/bot{TOKEN}/createChatInviteLink")
    );
    assert_eq!(
        requests[0].json(),
        json!({"chat_id":"@testsichee","name":"Link 01.05.2025 15:46:10",
               "expire_date":1746200770,"member_limit":200})
    );

    // Telegram's answer, indented by two spaces, keys in the order they were sent.
    let sent: Value = serde_json::from_slice(&requests[0].response).unwrap();
    assert_eq!(run.json(), sent);
    assert_eq!(
        run.stdout,
        format!("{}\n", serde_json::to_string_pretty(&sent).unwrap())
    );
    assert!(
        run.stdout.starts_with(
            "{\n  \"ok\": true,\n  \"result\": {\n    \"invite_link\": \"https://t.me/+"
        )
    );
    let order = [
        "invite_link",
        "name",
        "creator",
        "expire_date",
        "member_limit",
        "creates_join_request",
        "is_primary",
        "is_revoked",
    ]
    .map(|key| run.stdout.find(&format!("\"{key}\":")).expect(key));
    assert!(order.is_sorted(), "{}", run.stdout);
}

#[test]
fn the_spec_command_with_its_placeholder_token_gets_telegrams_refusal() {
    let server = StandIn::start();
    let line = at(
        &server,
        &[
            "telegram",
            "CreateInvitationLink",
            "--token",
            "***",
            "--chat",
            "@testsichee",
            "--expire",
            "2025-05-02T15:46:10.9476699",
            "--title",
            "Link 01.05.2025 15:46:10",
            "--limit",
            "200",
        ],
    );
    let run = oint(&strs(&line));
    assert_eq!(run.status, 1);
    assert_eq!(
        run.json(),
        json!({"ok":false,"error_code":401,"description":"Unauthorized"})
    );
}

#[test]
fn values_may_follow_an_equals_sign_and_method_names_ignore_case() {
    let server = StandIn::start();
    for method in ["createinvitationlink", "CREATEINVITATIONLINK"] {
        let token = format!("--token={TOKEN}");
        let api_url = format!("--api-url={}", server.url());
        let run = oint(&[
            "telegram",
            method,
            &token,
            "--chat=-1001234567890*42",
            "--limit=5",
            &api_url,
        ]);
        assert_eq!(run.status, 0, "{method}: {}", run.stderr);
        assert_eq!(run.json()["result"]["member_limit"], 5);
    }
    for r in server.requests() {
        assert_eq!(
            r.json(),
            json!({"chat_id": -1001234567890_i64, "member_limit": 5})
        );
    }
}

#[test]
fn the_token_and_api_url_may_come_from_the_environment() {
    let server = StandIn::start();
    let url = server.url();
    let run = oint_with(
        &["telegram", "CreateInvitationLink", "--chat", "@testsichee"],
        &[
            ("OPI_TELEGRAM_TOKEN", TOKEN),
            ("OPI_TELEGRAM_API_URL", &url),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.json()["ok"], true);

    // An option given on the command line wins over the variable.
    let run = oint_with(
        &strs(&at(
            &server,
            &[
                "telegram",
                "CreateInvitationLink",
                "--token",
                TOKEN,
                "--chat",
                "@c",
            ],
        )),
        &[("OPI_TELEGRAM_TOKEN", "1:not-the-token")],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, vec![format!("/bot{TOKEN}/createChatInviteLink"); 2]);
}

#[test]
fn an_answer_from_telegram_that_is_not_ok_exits_with_1() {
    let server = StandIn::start();
    let run = create(&server, &["--chat", "@no_such_chat"]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.json(),
        json!({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})
    );

    let run = oint(&strs(&at(
        &server,
        &[
            "telegram",
            "CreateInvitationLink",
            "--token",
            "1:wrong",
            "--chat",
            "@c",
        ],
    )));
    assert_eq!(run.status, 1);
    assert_eq!(run.json()["error_code"], 401);
}

#[test]
fn local_failures_exit_with_1_and_print_the_library_result() {
    let server = StandIn::start();
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["--chat", "@c", "--limit", "100000"],
            "invalid_argument",
            "UserLimit",
        ),
        (&["--chat", "@"], "invalid_argument", "ChatID"),
        (
            &["--chat", "@c", "--expire", "tomorrow"],
            "invalid_argument",
            "ExpirationDate",
        ),
        (
            &["--chat", "@c", "--title", &"x".repeat(33)],
            "invalid_argument",
            "Title",
        ),
        (
            &["--chat", "@c", "--timeout", "0"],
            "invalid_argument",
            "timeout_ms",
        ),
    ];
    for (extra, kind, parameter) in cases {
        let run = create(&server, extra);
        assert_eq!(run.status, 1, "{extra:?}");
        let result = run.json();
        assert_eq!(result["ok"], false);
        assert_eq!(result["opi_error"]["kind"], *kind, "{result}");
        assert_eq!(result["opi_error"]["parameter"], *parameter, "{result}");
    }
    let run = oint(&[
        "telegram",
        "CreateInvitationLink",
        "--token",
        "12:a/b",
        "--chat",
        "@c",
    ]);
    assert_eq!(run.status, 1);
    assert_eq!(run.json()["opi_error"]["parameter"], "Token");
    assert_eq!(server.request_count(), 0, "nothing invalid was sent");

    // Nothing listens on a port just released.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let run = oint(&[
        "telegram",
        "CreateInvitationLink",
        "--token",
        TOKEN,
        "--chat",
        "@c",
        "--api-url",
        &closed,
    ]);
    assert_eq!(run.status, 1);
    assert_eq!(run.json()["opi_error"]["kind"], "connection");
}

#[test]
fn a_proxy_failure_names_the_proxy() {
    let server = StandIn::start();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refusing = format!("http://127.0.0.1:{port}");
    let cases = [
        (
            "HTTPS_PROXY",
            refusing.as_str(),
            format!("the proxy 127.0.0.1:{port} refused the connection"),
        ),
        (
            "ALL_PROXY",
            "socks5h://me:s3cret@no-such-proxy.invalid:1080",
            "cannot resolve the proxy's name no-such-proxy.invalid".to_string(),
        ),
    ];
    for (variable, proxy, expected) in cases {
        let args = at(
            &server,
            &["telegram", "CreateInvitationLink", "--chat", "@c"],
        );
        let run = oint_with(
            &strs(&args),
            &[("OPI_TELEGRAM_TOKEN", TOKEN), (variable, proxy)],
        );
        assert_eq!(run.status, 1, "{}", run.stderr);
        let result = run.json();
        assert_eq!(result["opi_error"]["kind"], "connection", "{result}");
        assert_eq!(result["opi_error"]["hop"], "proxy", "{result}");
        let description = result["description"].as_str().unwrap();
        assert!(description.contains(&expected), "{result}");
        assert!(!run.stdout.contains("s3cret") && !run.stderr.contains("s3cret"));
    }
    assert_eq!(server.request_count(), 0);
}

#[test]
fn timeout_limits_the_call() {
    let server = StandIn::start();
    let started = std::time::Instant::now();
    let run = create(&server, &["--chat", "@stall", "--timeout", "300"]);
    assert_eq!(run.status, 1);
    assert_eq!(run.json()["opi_error"]["kind"], "timeout");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

/// GetUpdates' own `--timeout` is OPI's, in seconds, and the call's limit grows by it:
/// a 2-second poll under a 1-second OPI_TIMEOUT_MS is answered, not cut short.
#[test]
fn get_updates_timeout_is_the_polls_seconds() {
    let server = StandIn::start();
    let started = std::time::Instant::now();
    let line = at(&server, &["telegram", "GetUpdates", "--timeout", "2"]);
    let run = oint_with(
        &strs(&line),
        &[("OPI_TELEGRAM_TOKEN", TOKEN), ("OPI_TIMEOUT_MS", "1000")],
    );
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.json()["result"], json!([]));
    assert!(started.elapsed() >= std::time::Duration::from_millis(1900));
    assert_eq!(server.requests()[0].json(), json!({"timeout":2}));
}

/// ProcessTMAData, which OPI's CLI lacks, checks initData with nothing sent; the token
/// may come from the environment, out of the process list.
#[test]
fn process_tma_data_checks_init_data_from_the_command_line() {
    let server = StandIn::start();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/integration/fixtures/tma_init_data.json"
    );
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let data = fixture["init_data"].as_str().unwrap();
    let line = at(
        &server,
        &["telegram", "ProcessTMAData", "--data", data, "--debug"],
    );
    let run = oint_with(&strs(&line), &[("OPI_TELEGRAM_TOKEN", TOKEN)]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.json()["result"]["passed"], true);
    assert_eq!(run.json()["result"]["start_param"], "a=b c&d");
    assert_eq!(run.stderr, "", "no request to show");
    let forged = data.replace("auth_date=1767706628", "auth_date=1767706629");
    let run = oint(&["telegram", "ProcessTMAData", "-d", &forged, "-t", TOKEN]);
    assert_eq!(run.status, 0);
    assert_eq!(run.json()["result"]["passed"], false);
    assert_eq!(server.request_count(), 0);
}

/// DownloadFile writes the file to --out, as OPI's CLI does, and the result to stdout;
/// without --out it is a usage error, before anything is sent.
#[test]
fn download_file_writes_the_file_to_out() {
    let server = StandIn::start();
    let dir = std::env::temp_dir().join(format!("oint-download-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("file_0.bin");
    let path = file.to_str().unwrap();
    let line = at(
        &server,
        &[
            "telegram",
            "DownloadFile",
            "-f",
            opi_standin::SMALL_FILE_ID,
            "--out",
            path,
        ],
    );
    let run = oint_with(&strs(&line), &[("OPI_TELEGRAM_TOKEN", TOKEN)]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.json()["result"]["download"],
        json!({"bytes":256,"path":path})
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        (0..=255).collect::<Vec<u8>>()
    );
    // Without --out: exit 2, a line that says what is missing, nothing sent.
    let line = at(
        &server,
        &["telegram", "DownloadFile", "-t", TOKEN, "-f", "x"],
    );
    let run = oint(&strs(&line));
    run.assert_usage_error();
    assert!(run.stderr.contains("missing --out FILE"), "{}", run.stderr);
    assert_eq!(server.request_count(), 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// oint's peak memory downloading `file_id` to a path, in KiB: its VmHWM, read from
/// its /proc status until it exits (the last reading is taken after the download, as
/// oint prints the result). ru_maxrss would not do: it counts the memory of the process
/// that spawned it, shared until oint starts.
fn oint_peak_kib(server: &StandIn, file_id: &str, path: &std::path::Path) -> u64 {
    let line = at(
        server,
        &[
            "telegram",
            "DownloadFile",
            "-f",
            file_id,
            "--out",
            path.to_str().unwrap(),
        ],
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_oint"))
        .args(&line)
        .env_clear()
        .env("OPI_TELEGRAM_TOKEN", TOKEN)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    // Until oint has exited: a process that has, unreaped, has no memory lines.
    while let Some(kib) = std::fs::read_to_string(&status).ok().and_then(|s| {
        let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse::<u64>().ok()
    }) {
        peak = peak.max(kib);
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(child.wait().unwrap().success());
    peak
}

/// A 45 MiB file streamed to --out costs oint less than 1 MiB more peak memory than
/// a 1 MiB one, which runs the same code (so the same code pages come in).
#[test]
fn a_45_mib_download_costs_oint_under_1_mib_more_memory_than_a_1_mib_one() {
    let server = StandIn::start();
    let dir = std::env::temp_dir().join(format!("oint-big-download-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let small = oint_peak_kib(&server, opi_standin::MEDIUM_FILE_ID, &dir.join("small.bin"));
    let big = oint_peak_kib(&server, opi_standin::BIG_FILE_ID, &dir.join("big.bin"));
    let growth = big.saturating_sub(small);
    println!("oint peak memory: {small} KiB for 1 MiB, {big} KiB for 45 MiB ({growth} KiB more)");
    assert!(growth < 1024, "{growth} KiB");
    assert_eq!(
        std::fs::metadata(dir.join("big.bin")).unwrap().len(),
        45 << 20
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_with_2_and_one_line_that_points_at_help() {
    let server = StandIn::start();
    let url = server.url();
    let m = ["telegram", "CreateInvitationLink", "--api-url", &url];
    let with = |extra: &[&'static str]| -> Vec<String> {
        m.iter()
            .chain(extra)
            .map(|s| s.to_string())
            .chain(["--token".to_string(), TOKEN.to_string()])
            .collect()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec![], "name a library"),
        (vec!["tg".into()], "unknown library; oint provides telegram"),
        (vec!["telegram".into()], "name a method of telegram"),
        (
            vec!["telegram".into(), "MakeLink".into()],
            "unknown method of telegram",
        ),
        (
            with(&["--chat", "@c", "--foo", "1"]),
            "unknown option \"--foo\" for CreateInvitationLink",
        ),
        (with(&["--limit", "5"]), "missing --chat"),
        (
            with(&["--chat", "@c", "--limit", "200.5"]),
            "--limit takes a whole number",
        ),
        (
            with(&["--chat", "@c", "--limit", "lots"]),
            "--limit takes a whole number",
        ),
        (
            with(&["--chat", "@c", "--timeout", "soon"]),
            "--timeout takes a whole number",
        ),
        (
            with(&["--chat", "@c", "--chat", "@d"]),
            "--chat is given more than once",
        ),
        (
            with(&["--chat", "@c", "--debug=yes"]),
            "--debug takes no value",
        ),
        (with(&["--chat", "--title", "x"]), "--chat needs a value"),
        (
            with(&["--chat", "@c", "--title", "Link", "01.05.2025"]),
            "unexpected argument after --title",
        ),
        (
            m.iter()
                .map(|s| s.to_string())
                .chain(["--chat".into(), "@c".into()])
                .collect(),
            "missing --token (or set OPI_TELEGRAM_TOKEN)",
        ),
        // The token typed where no option expects it, or after a misspelt option, is
        // refused without being repeated.
        (
            m.iter()
                .map(|s| s.to_string())
                .chain(["--chat".into(), "@c".into(), TOKEN.into()])
                .collect(),
            "unexpected argument",
        ),
        (
            m.iter()
                .map(|s| s.to_string())
                .chain(["--chat".into(), "@c".into(), format!("--tokn={TOKEN}")])
                .collect(),
            "unknown option \"--tokn\"",
        ),
        (
            m.iter()
                .map(|s| s.to_string())
                .chain(["--chat".into(), "@c".into(), "--token".into()])
                .collect(),
            "--token needs a value",
        ),
    ];
    for (line, expected) in &cases {
        let run = oint(&strs(line));
        run.assert_usage_error();
        assert!(run.stderr.contains(expected), "{line:?}: {}", run.stderr);
    }
    let run = oint(&[
        "telegram",
        "CreateInvitationLink",
        "--chat",
        "@c",
        "--bogus",
    ]);
    run.assert_usage_error();
    assert!(
        run.stderr
            .ends_with("see 'oint telegram CreateInvitationLink --help'\n")
    );
    assert_eq!(server.request_count(), 0, "no usage error sends anything");
}

#[test]
fn tokens_that_match_the_mask_keep_a_usage_error_one_short_line() {
    // "k" turns the k of "unknown" into `***`, which each `*` token then tripled once:
    // 3^20 here, never printed.
    let mut line = vec!["tg", "--token", "k"];
    for _ in 0..10 {
        line.extend(["--token", "*", "--token", "**"]);
    }
    let run = oint(&line);
    run.assert_usage_error();
    assert!(
        run.stderr.starts_with("oint: un***nown library; "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.len() < 200, "{}", run.stderr);
}

#[test]
fn help_lists_libraries_methods_and_every_parameter() {
    let top = oint(&["--help"]);
    assert_eq!(top.status, 0);
    assert_eq!(top.stderr, "");
    assert!(
        top.stdout
            .contains("Usage: oint <library> <method> [options]")
    );
    assert!(top.stdout.contains("telegram"));
    for option in [
        "--out FILE",
        "--api-url URL",
        "--timeout MS",
        "--debug",
        "--version",
    ] {
        assert!(top.stdout.contains(option), "{option}: {}", top.stdout);
    }
    assert!(top.stdout.contains("Exit status"));

    let library = oint(&["telegram", "--help"]);
    assert_eq!(library.status, 0);
    for m in TELEGRAM {
        let line = library
            .stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(m.name))
            .unwrap_or_else(|| panic!("{} not listed: {}", m.name, library.stdout));
        assert!(line.ends_with(m.summary), "{line}");
    }

    let m = find("CreateInvitationLink").unwrap();
    for line in [
        ["telegram", "CreateInvitationLink", "--help"],
        ["telegram", "createinvitationlink", "-h"],
    ] {
        let help = oint(&line);
        assert_eq!(help.status, 0);
        assert_eq!(help.stderr, "");
        assert!(help.stdout.contains(m.summary));
        let header = ["Parameter", "CLI option", "Type", "Required", "Description"];
        assert!(help.stdout.lines().any(|l| {
            let cells: Vec<&str> = l
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            cells == header
        }));
        for p in m.params {
            let option = match p.alias {
                Some(alias) => format!("-{alias}, --{}", p.option),
                None => format!("--{}", p.option),
            };
            let row = [
                p.name,
                &option,
                p.ty.as_str(),
                if p.required { "yes" } else { "no" },
                p.description,
            ];
            let found = help.stdout.lines().any(|l| {
                let cells: Vec<&str> = l
                    .split("  ")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .collect();
                cells == row
            });
            assert!(found, "no row for {}: {}", p.name, help.stdout);
        }
        assert!(
            help.stdout
                .contains("oint telegram CreateInvitationLink \\\n")
        );
        for (option, value) in m.example {
            assert!(help.stdout.contains(&format!("--{option} ")), "{option}");
            assert!(help.stdout.contains(value), "{value}");
        }
    }
}

#[test]
fn out_writes_the_result_to_a_file_instead_of_stdout() {
    let server = StandIn::start();
    let dir = std::env::temp_dir().join(format!("oint-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file: PathBuf = dir.join("link.json");

    let path = file.to_str().unwrap();
    let run = create(&server, &["--chat", "@testsichee", "--out", path]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("{\n  \"ok\": true,\n"), "{written}");
    assert!(!written.contains(TOKEN));
    let sent: Value = serde_json::from_slice(&server.requests()[0].response).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), sent);

    // A result that is not ok goes to the file as well; the status still tells.
    let out = format!("--out={path}");
    let run = create(&server, &["--chat", "@no_such_chat", &out]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(written["error_code"], 400);

    // A file that cannot be written is found out before anything is sent.
    let before = server.request_count();
    let nowhere = dir.join("no-such-dir").join("link.json");
    let run = create(
        &server,
        &["--chat", "@c", "--out", nowhere.to_str().unwrap()],
    );
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with("oint: cannot write "),
        "{}",
        run.stderr
    );
    assert_eq!(server.request_count(), before);

    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn debug_prints_the_request_with_the_token_hidden() {
    let server = StandIn::start();
    let run = create(
        &server,
        &[
            "--chat",
            "@testsichee",
            "--title",
            "Spring",
            "--limit",
            "200",
            "--debug",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.json()["ok"], true);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        lines[0],
        format!("POST {}/bot***/createChatInviteLink", server.url())
    );
    assert!(lines.contains(&"Content-Type: application/json"));
    let body = String::from_utf8(server.requests()[0].body.clone()).unwrap();
    assert_eq!(
        body,
        r#"{"chat_id":"@testsichee","name":"Spring","member_limit":200}"#
    );
    assert_eq!(lines.last(), Some(&body.as_str()));

    // With the token from the environment, too.
    let url = server.url();
    let run = oint_with(
        &[
            "telegram",
            "CreateInvitationLink",
            "--chat",
            "@c",
            "--debug",
        ],
        &[
            ("OPI_TELEGRAM_TOKEN", TOKEN),
            ("OPI_TELEGRAM_API_URL", &url),
        ],
    );
    assert_eq!(run.status, 0);
    assert!(run.stderr.contains("/bot***/"), "{}", run.stderr);

    // A request refused before sending has nothing to show.
    let run = create(&server, &["--chat", "@c", "--limit", "-1", "--debug"]);
    assert_eq!(run.status, 1);
    assert_eq!(run.stderr, "");
}

#[test]
fn test_prints_the_request_that_would_be_sent_and_sends_nothing() {
    let server = StandIn::start();
    let run = create(
        &server,
        &["--chat", "@testsichee", "--title", "Spring", "--test"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        format!(
            "POST {}/bot***/createChatInviteLink\nContent-Type: application/json\n\n\
             {{\"chat_id\":\"@testsichee\",\"name\":\"Spring\"}}\n",
            server.url()
        )
    );
    assert_eq!(server.request_count(), 0);

    // A value the method refuses is refused as it would be without --test.
    let run = create(&server, &["--chat", "@c", "--limit", "-1", "--test"]);
    assert_eq!(run.status, 1);
    assert_eq!(run.json()["opi_error"]["parameter"], "UserLimit");
    assert_eq!(server.request_count(), 0);
}

#[test]
fn version_prints_the_package_version() {
    let run = oint(&["--version"]);
    assert_eq!(run.status, 0);
    assert_eq!(run.stdout, format!("oint {}\n", env!("CARGO_PKG_VERSION")));
    assert_eq!(run.stderr, "");
}

#[test]
fn every_method_of_the_family_runs_from_the_command_line() {
    let server = StandIn::start();
    let link = "https://t.me/+hUgH4yjb_7wyZDBi";
    let cases: &[(&[&str], &str, Value)] = &[
        (
            &[
                "EditInvitationLink",
                "--chat",
                "@c",
                "--link",
                link,
                "--title",
                "Spring",
                "--limit",
                "5",
            ],
            "editChatInviteLink",
            json!({"chat_id":"@c","invite_link":link,"name":"Spring","member_limit":5}),
        ),
        (
            &["revokeinvitationlink", "--chat", "@c", "--link", link],
            "revokeChatInviteLink",
            json!({"chat_id":"@c","invite_link":link}),
        ),
        (
            &["ExportPrimaryInvitationLink", "--chat", "-100123"],
            "exportChatInviteLink",
            json!({"chat_id":-100123}),
        ),
        (
            &[
                "CreateJoinRequestLink",
                "--chat",
                "@c",
                "--expire",
                "1893456000",
            ],
            "createChatInviteLink",
            json!({"chat_id":"@c","expire_date":1893456000,"creates_join_request":true}),
        ),
        (
            &["CreateSubscriptionLink", "--chat", "@c", "--price", "50"],
            "createChatSubscriptionInviteLink",
            json!({"chat_id":"@c","subscription_period":2592000,"subscription_price":50}),
        ),
        (
            &["EditSubscriptionLink", "--chat", "@c", "--link", link],
            "editChatSubscriptionInviteLink",
            json!({"chat_id":"@c","invite_link":link}),
        ),
        (
            &["ApproveJoinRequest", "--chat", "@c", "--user", "5000000000"],
            "approveChatJoinRequest",
            json!({"chat_id":"@c","user_id":5000000000_i64}),
        ),
        (
            &["DeclineJoinRequest", "--chat", "@c", "--user", "42"],
            "declineChatJoinRequest",
            json!({"chat_id":"@c","user_id":42}),
        ),
        (
            &[
                "Call",
                "--method",
                "getChat",
                "--params",
                r#"{"chat_id":"@testsichee"}"#,
            ],
            "getChat",
            json!({"chat_id":"@testsichee"}),
        ),
        (&["call", "--method", "getMe"], "getMe", json!({})),
        (&["GetBotInformation"], "getMe", json!({})),
        (
            &[
                "SetWebhook",
                "--url",
                "https://api.athenaeum.digital/opi/hs/twitter",
            ],
            "setWebhook",
            json!({"url":"https://api.athenaeum.digital/opi/hs/twitter"}),
        ),
        (&["DeleteWebhook"], "deleteWebhook", json!({})),
        (
            &[
                "ForwardMessage",
                "--message",
                "5920",
                "--from",
                "@testsichee",
                "--to",
                "461699897",
            ],
            "forwardMessage",
            json!({"chat_id":461699897,"from_chat_id":"@testsichee","message_id":5920}),
        ),
        (
            &[
                "ForwardMessage",
                "-m",
                "5920",
                "-f",
                "@testsichee",
                "-o",
                "-100123*2",
            ],
            "forwardMessage",
            json!({"chat_id":-100123,"message_thread_id":2,"from_chat_id":"@testsichee","message_id":5920}),
        ),
        (
            &[
                "DeleteMessage",
                "--chat",
                "@testsichee",
                "--message",
                "5920",
            ],
            "deleteMessage",
            json!({"chat_id":"@testsichee","message_id":5920}),
        ),
        (
            &["Ban", "--chat", "@testsichee", "--user", "461699897"],
            "banChatMember",
            json!({"chat_id":"@testsichee","user_id":461699897}),
        ),
        (
            &["Unban", "-c", "@testsichee", "-u", "461699897"],
            "unbanChatMember",
            json!({"chat_id":"@testsichee","user_id":461699897,"only_if_banned":true}),
        ),
        (
            &["PinMessage", "--chat", "@testsichee", "--message", "5920"],
            "pinChatMessage",
            json!({"chat_id":"@testsichee","message_id":5920}),
        ),
        (
            &["UnpinMessage", "--chat", "@testsichee", "--message", "5920"],
            "unpinChatMessage",
            json!({"chat_id":"@testsichee","message_id":5920}),
        ),
        (
            &["GetParticipantCount", "--chat", "@testsichee"],
            "getChatMemberCount",
            json!({"chat_id":"@testsichee"}),
        ),
        (
            // The method's --timeout (seconds), not oint's (milliseconds).
            &["GetUpdates", "--timeout", "1", "-o", "291366000"],
            "getUpdates",
            json!({"offset":291366000,"timeout":1}),
        ),
        (
            &["GetAvatarIconList"],
            "getForumTopicIconStickers",
            json!({}),
        ),
        (
            &[
                "CreateForumTopic",
                "--forum",
                "-1002173079366",
                "--title",
                "Test topic",
                "--icon",
                "5357419403325481346",
            ],
            "createForumTopic",
            json!({"chat_id":-1002173079366_i64,"name":"Test topic","icon_custom_emoji_id":"5357419403325481346"}),
        ),
        (
            &[
                "EditForumTopic",
                "-f",
                "-1002173079366",
                "-p",
                "5",
                "-l",
                "New name",
            ],
            "editForumTopic",
            json!({"chat_id":-1002173079366_i64,"message_thread_id":5,"name":"New name"}),
        ),
        (
            &[
                "CloseForumTopic",
                "--forum",
                "-1002173079366",
                "--topic",
                "5",
            ],
            "closeForumTopic",
            json!({"chat_id":-1002173079366_i64,"message_thread_id":5}),
        ),
        (
            &["CloseForumTopic", "--forum", "-1002173079366"],
            "closeGeneralForumTopic",
            json!({"chat_id":-1002173079366_i64}),
        ),
        (
            &["OpenForumTopic", "--forum", "-1002173079366", "--topic", ""],
            "reopenGeneralForumTopic",
            json!({"chat_id":-1002173079366_i64}),
        ),
        (
            &[
                "DeleteForumTopic",
                "--forum",
                "-1002173079366",
                "--topic",
                "5",
            ],
            "deleteForumTopic",
            json!({"chat_id":-1002173079366_i64,"message_thread_id":5}),
        ),
        (
            &["HideMainForumTopic", "--forum", "-1002173079366"],
            "hideGeneralForumTopic",
            json!({"chat_id":-1002173079366_i64}),
        ),
        (
            &["ShowMainForumTopic", "--forum", "-1002173079366"],
            "unhideGeneralForumTopic",
            json!({"chat_id":-1002173079366_i64}),
        ),
        (
            &[
                "EditMainForumTopicName",
                "--forum",
                "-1002173079366",
                "--title",
                "New main topic name",
            ],
            "editGeneralForumTopic",
            json!({"chat_id":-1002173079366_i64,"name":"New main topic name"}),
        ),
        (
            &[
                "ClearTopicPinnedMessagesList",
                "--forum",
                "-1002173079366",
                "--topic",
                "5",
            ],
            "unpinAllForumTopicMessages",
            json!({"chat_id":-1002173079366_i64,"message_thread_id":5}),
        ),
    ];
    for (n, (args, bot_method, body)) in cases.iter().enumerate() {
        let mut line = vec!["telegram", args[0], "--token", TOKEN];
        line.extend_from_slice(&args[1..]);
        let run = oint(&strs(&at(&server, &line)));
        assert_eq!(run.status, 0, "{args:?}: {}{}", run.stdout, run.stderr);
        assert_eq!(run.json()["ok"], true, "{args:?}");
        let sent = &server.requests()[n];
        assert_eq!(sent.bot_method(), Some(*bot_method), "{args:?}");
        assert_eq!(sent.json(), *body, "{args:?}");
    }
}

#[test]
fn family_arguments_are_checked_before_anything_is_sent() {
    let server = StandIn::start();
    for (args, parameter) in [
        (
            &["RevokeInvitationLink", "--chat", "@c", "--link", "t.me/x"][..],
            "InviteLink",
        ),
        (
            &["CreateSubscriptionLink", "--chat", "@c", "--price", "10001"][..],
            "Price",
        ),
        (
            &["ApproveJoinRequest", "--chat", "@c", "--user", "-3"][..],
            "UserID",
        ),
        (&["Call", "--method", "get-chat"][..], "Method"),
        (
            &["Call", "--method", "getChat", "--params", "[]"][..],
            "Parameters",
        ),
    ] {
        let mut line = vec!["telegram", args[0], "--token", TOKEN];
        line.extend_from_slice(&args[1..]);
        let run = oint(&strs(&at(&server, &line)));
        assert_eq!(run.status, 1, "{args:?}");
        assert_eq!(run.json()["opi_error"]["parameter"], parameter, "{args:?}");
    }
    // A required option left out, or a number that is not one, is a usage error.
    for args in [
        &["ApproveJoinRequest", "--chat", "@c"][..],
        &["CreateSubscriptionLink", "--chat", "@c", "--price", "cheap"][..],
        &["RevokeInvitationLink", "--chat", "@c"][..],
    ] {
        let mut line = vec!["telegram", args[0], "--token", TOKEN];
        line.extend_from_slice(&args[1..]);
        oint(&strs(&at(&server, &line))).assert_usage_error();
    }
    assert_eq!(server.request_count(), 0);
}

#[test]
fn extreme_and_ambiguous_dates_exit_with_1_and_nothing_on_stderr() {
    let server = StandIn::start();
    for zone in ["Asia/Tokyo", "America/New_York"] {
        for date in [
            "-262143-01-01",
            "+262142-12-31T23:59:59",
            "02.05.25",
            "20250502",
            "1969-12-31T23:59:59Z",
        ] {
            let expire = format!("--expire={date}");
            let mut args = vec!["telegram", "CreateInvitationLink", "--token", TOKEN];
            args.extend(["--chat", "@c", &expire]);
            let run = oint_with(&strs(&at(&server, &args)), &[("TZ", zone)]);
            assert_eq!(run.status, 1, "{date} in {zone}: {}", run.stderr);
            assert_eq!(run.stderr, "", "{date} in {zone}");
            assert_eq!(run.json()["opi_error"]["parameter"], "ExpirationDate");
        }
    }
    assert_eq!(server.request_count(), 0);
}

#[test]
fn debug_and_results_hide_a_password_in_the_api_url() {
    let server = StandIn::start();
    let url = format!("http://me:s3cret@127.0.0.1:{}", server.port());
    let line = [
        "telegram",
        "CreateInvitationLink",
        "--token",
        TOKEN,
        "--chat",
        "@c",
        "--debug",
        "--api-url",
        &url,
    ];
    let run = oint(&line);
    assert!(!run.stderr.contains("s3cret"), "{}", run.stderr);
    assert!(!run.stdout.contains("s3cret"), "{}", run.stdout);
    assert!(
        run.stderr.starts_with(&format!(
            "POST http://me:***@127.0.0.1:{}/bot***/",
            server.port()
        )),
        "{}",
        run.stderr
    );
    // And from the environment, refused or failing.
    let run = oint_with(
        &line[..7],
        &[("OPI_TELEGRAM_API_URL", "ftp://me:s3cret@127.0.0.1")],
    );
    assert_eq!(run.status, 1);
    assert!(!run.stdout.contains("s3cret"), "{}", run.stdout);
}

#[test]
fn a_secret_typed_where_a_library_or_method_belongs_is_never_repeated() {
    for line in [
        vec![TOKEN, "telegram", "CreateInvitationLink"],
        vec!["telegram", TOKEN, "--chat", "@c"],
        vec!["--debug", "123456:SECRET-value"],
        vec!["telegram", "123456:SECRET-value"],
    ] {
        let run = oint(&line);
        run.assert_usage_error();
        assert!(!run.stderr.contains("SECRET"), "{}", run.stderr);
        assert!(run.stderr.contains("unknown "), "{}", run.stderr);
    }
}

#[test]
fn single_dash_long_options_are_refused_unrepeated_and_double_dash_ends_options() {
    let server = StandIn::start();
    let url = server.url();
    let run = oint(&[
        "telegram",
        "CreateInvitationLink",
        "-token",
        TOKEN,
        "--chat",
        "@c",
        "--api-url",
        &url,
        "--debug",
    ]);
    run.assert_usage_error();
    assert!(
        run.stderr.contains("unknown option \"-token\""),
        "{}",
        run.stderr
    );

    // `--` ends the options: what follows is never read as one.
    let base = [
        "telegram",
        "CreateInvitationLink",
        "--token",
        TOKEN,
        "--chat",
        "@c",
    ];
    let run = oint(&[&base[..], &["--api-url", &url, "--"]].concat());
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = oint(&[&base[..], &["--api-url", &url, "--", "--title"]].concat());
    run.assert_usage_error();
    assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);

    // A required value left empty is a usage error, like one left out.
    for empty in [
        &["--chat="][..],
        &["--chat", ""][..],
        &["--chat", "@c", "--token="][..],
    ] {
        let line = [
            &["telegram", "CreateInvitationLink", "--api-url", &url],
            empty,
        ]
        .concat();
        let line = if empty.contains(&"--token=") {
            line
        } else {
            [&line[..], &["--token", TOKEN]].concat()
        };
        let run = oint(&line);
        run.assert_usage_error();
        assert!(
            run.stderr.contains("needs a value"),
            "{line:?}: {}",
            run.stderr
        );
    }
    assert_eq!(server.request_count(), 1);
}

#[test]
fn short_aliases_send_what_their_long_options_send() {
    let server = StandIn::start();
    let long = [
        "telegram",
        "CreateInvitationLink",
        "--token",
        TOKEN,
        "--chat",
        "@c",
        "--title",
        "Spring",
        "--limit",
        "5",
    ];
    let short = [
        "telegram",
        "CreateInvitationLink",
        "-t",
        TOKEN,
        "-c=@c",
        "-l",
        "Spring",
        "-m",
        "5",
    ];
    for line in [&long[..], &short[..]] {
        let run = oint(&strs(&at(&server, line)));
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    let sent = server.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].body, sent[1].body);
    assert_eq!(
        sent[1].json(),
        json!({"chat_id":"@c","name":"Spring","member_limit":5})
    );
    // An alias the method does not have is refused, its value unrepeated.
    let run = oint(&["telegram", "CreateInvitationLink", "-z", TOKEN]);
    run.assert_usage_error();
    assert!(
        run.stderr.contains("unknown option \"-z\""),
        "{}",
        run.stderr
    );
}

/// `oint` with its stdout closed, or pointed at a full device.
fn oint_with_stdout(args: &[&str], stdout: Option<&str>) -> Run {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(env!("CARGO_BIN_EXE_oint"));
    command.args(args).env_clear().env("TZ", "UTC");
    match stdout {
        Some(path) => {
            command.stdout(std::fs::OpenOptions::new().write(true).open(path).unwrap());
        }
        // SAFETY: close(2) is async-signal-safe, as pre_exec requires.
        None => unsafe {
            command.pre_exec(|| {
                libc::close(1);
                Ok(())
            });
        },
    }
    let output = command.output().expect("oint runs");
    let run = Run {
        status: output.status.code().expect("oint exits rather than dying"),
        stdout: String::new(),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains(TOKEN),
        "token on stderr: {}",
        run.stderr
    );
    run
}

#[test]
fn a_closed_stdout_is_found_out_before_anything_is_sent() {
    let server = StandIn::start();
    let line = at(
        &server,
        &[
            "telegram",
            "CreateInvitationLink",
            "--token",
            TOKEN,
            "--chat",
            "@c",
        ],
    );
    let run = oint_with_stdout(&strs(&line), None);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("stdout"), "{}", run.stderr);
    assert_eq!(server.request_count(), 0);

    // A stdout that fails only when written: the link was created, so it is shown on
    // stderr rather than lost.
    let run = oint_with_stdout(&strs(&line), Some("/dev/full"));
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert_eq!(server.request_count(), 1);
    let link = opi_standin::invite_link(1);
    assert!(run.stderr.contains(&link), "{}", run.stderr);
}

#[test]
fn out_to_a_full_disk_shows_the_result_on_stdout_instead() {
    let server = StandIn::start();
    let run = create(&server, &["--chat", "@c", "--out", "/dev/full"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("oint: cannot write the result to /dev/full"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.json()["result"]["invite_link"],
        opi_standin::invite_link(1)
    );
    assert_eq!(server.request_count(), 1);
}

/// A server that answers every request with `body`.
fn answering(body: &'static str) -> String {
    crate::common::scripted::serve(move |mut conn, _| {
        while conn.read_request().is_some() && conn.answer_json(200, body) {}
    })
    .url
}

/// `oint telegram Call --method getMe` against `url`.
fn get_me_at(url: &str) -> Run {
    oint(&[
        "telegram",
        "Call",
        "--token",
        TOKEN,
        "--method",
        "getMe",
        "--api-url",
        url,
    ])
}

#[test]
fn a_server_that_echoes_the_path_in_a_header_never_shows_the_token() {
    let url = crate::common::scripted::serve(|mut conn, _| {
        while conn.read_request().is_some() {
            let echo = format!("text/plain; path=/bot{TOKEN}/getMe");
            conn.write(crate::common::scripted::head(200, &echo, 0).as_bytes());
        }
    })
    .url;
    // `oint_with` fails on the token on either stream.
    let run = get_me_at(&url);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert_eq!(run.json()["opi_error"]["kind"], "bad_response");
    assert!(run.stdout.contains("/bot***/getMe"), "{}", run.stdout);
}

#[test]
fn indenting_changes_no_value() {
    let url = answering(
        r#"{"ok":true,"result":{"big":123456789012345678901234567890,"e":1e2,"f":-0.10E+02,"s":"a\"b\\c \/ \u00e9 é","empty":{},"none":[],"list":[1,true,null]}}"#,
    );
    let run = get_me_at(&url);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        r#"{
  "ok": true,
  "result": {
    "big": 123456789012345678901234567890,
    "e": 1e2,
    "f": -0.10E+02,
    "s": "a\"b\\c \/ \u00e9 é",
    "empty": {},
    "none": [],
    "list": [
      1,
      true,
      null
    ]
  }
}
"#
    );

    // Deeper than anyone reads indented: as received, and still ok.
    let deep: &'static str = Box::leak(
        format!(
            r#"{{"ok":true,"result":{}1{}}}"#,
            "[".repeat(300),
            "]".repeat(300)
        )
        .into_boxed_str(),
    );
    let url = answering(deep);
    let run = get_me_at(&url);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("{deep}\n"));
}

/// `oint telegram NAME` with the options of the method's example, the stand-in's token
/// in place of `***` and, for a download, `out` under `dir` rather than in the working
/// directory.
fn run_example_in(server: &StandIn, name: &str, dir: &std::path::Path) -> Run {
    let method = find(name).unwrap();
    let out = dir.join("download.bin");
    let mut line: Vec<String> = ["telegram", name].map(String::from).to_vec();
    for (option, value) in method.example {
        let value = match *option {
            "token" => TOKEN,
            "out" => out.to_str().unwrap(),
            _ => value,
        };
        line.extend([format!("--{option}"), value.to_string()]);
    }
    oint(&strs(&at(server, &strs(&line))))
}

/// [`run_example_in`] the temporary directory.
fn run_example(server: &StandIn, name: &str) -> Run {
    run_example_in(server, name, &std::env::temp_dir())
}

/// Every method's example, as its reference page prints it, through `oint` against
/// one stand-in: each answers `"ok": true`, and the requests they send are, byte for
/// byte, `tests/examples.requests`. The bindings' suites run the same examples through
/// their own functions and compare what arrives with that file, so every host is held
/// to one record of every method. A change in what a method sends rewrites the file
/// and fails here, for the change to be seen and committed.
#[test]
fn every_methods_example_succeeds_and_sends_the_recorded_requests() {
    let server = StandIn::start();
    let dir = std::env::temp_dir().join(format!("oint-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for method in TELEGRAM {
        let run = run_example_in(&server, method.name, &dir);
        assert_eq!(
            run.status, 0,
            "{}: {}{}",
            method.name, run.stdout, run.stderr
        );
        assert_eq!(run.json()["ok"], true, "{}", method.name);
    }
    std::fs::remove_dir_all(&dir).unwrap();
    let recorded: String = server.requests().iter().map(|r| r.line()).collect();
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/examples.requests");
    if std::fs::read_to_string(&file).ok().as_deref() != Some(recorded.as_str()) {
        std::fs::write(&file, &recorded).unwrap();
        panic!(
            "tests/examples.requests differed from what the examples send; written anew: commit it"
        );
    }
}

#[test]
fn send_document_runs_from_the_command_line_with_a_path_or_its_example() {
    let server = StandIn::start();
    // The reference's example: a URL Telegram fetches, under the name given.
    let run = run_example(&server, "SendDocument");
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.json()["result"]["document"]["file_name"],
        "document.docx"
    );
    let requests = server.requests();
    let sent = requests[0].part("document").unwrap();
    assert_eq!(
        sent.text(),
        "https://hut.openintegrations.dev/test_data/document.docx"
    );
    assert_eq!(requests[0].part("filename"), None);

    // A path, by the short aliases; its bytes go up under its own name.
    let dir = std::env::temp_dir().join(format!("oint-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("notes.txt");
    std::fs::write(&file, "line one\nline two\n").unwrap();
    let path = file.to_str().unwrap();
    let line = [
        "telegram",
        "SendDocument",
        "-t",
        TOKEN,
        "-c",
        "@c",
        "-x",
        "Notes",
        "-d",
        path,
    ];
    let run = oint(&strs(&at(&server, &line)));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    let requests = server.requests();
    let sent = requests[1].part("document").unwrap();
    assert_eq!(sent.file_name.as_deref(), Some("notes.txt"));
    assert_eq!(sent.content_type.as_deref(), Some("text/plain"));
    assert_eq!(sent.data, b"line one\nline two\n");

    // A path to no file is refused, naming the parameter; nothing is sent.
    let line = [
        "telegram",
        "SendDocument",
        "-t",
        TOKEN,
        "-c",
        "@c",
        "-x",
        "x",
        "-d",
        "/no/such.pdf",
    ];
    let run = oint(&strs(&at(&server, &line)));
    assert_eq!(run.status, 1);
    assert_eq!(run.json()["opi_error"]["parameter"], "Document");
    assert_eq!(server.request_count(), 2);
}

#[test]
fn the_other_senders_run_from_the_command_line_by_their_examples_and_aliases() {
    let server = StandIn::start();
    for name in [
        "SendImage",
        "SendVideo",
        "SendAudio",
        "SendGif",
        "SendMediaGroup",
    ] {
        let run = run_example(&server, name);
        assert_eq!(run.status, 0, "{name}: {}{}", run.stdout, run.stderr);
        assert_eq!(run.json()["ok"], true, "{name}");
    }
    // SendImage's picture is -p, so its Markup is -r.
    let dir = std::env::temp_dir().join(format!("oint-image-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cat.jpg");
    std::fs::write(&file, [0xff, 0xd8, 0xff, 0xe0]).unwrap();
    let line = [
        "telegram",
        "SendImage",
        "-t",
        TOKEN,
        "-c",
        "@c",
        "-x",
        "<b>Cat</b>",
        "-p",
        file.to_str().unwrap(),
        "-r",
        "HTML",
    ];
    let run = oint(&strs(&at(&server, &line)));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    let requests = server.requests();
    let sent = requests.last().unwrap();
    assert_eq!(sent.bot_method(), Some("sendPhoto"));
    let photo = sent.part("photo").unwrap();
    assert_eq!(
        (photo.file_name.as_deref(), photo.content_type.as_deref()),
        (Some("cat.jpg"), Some("image/jpeg"))
    );
    assert_eq!(photo.data, [0xff, 0xd8, 0xff, 0xe0]);
    assert_eq!(sent.part("parse_mode").unwrap().text(), "HTML");
}
