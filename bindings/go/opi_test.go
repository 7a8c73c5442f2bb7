package opi

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
)

const (
	token = "6129457865:AAFyzNYOAFbu-loopback-stand-in"
	chat  = "@testsichee"
)

// standinURL is the base URL of the loopback Bot API stand-in TestMain starts.
var standinURL string

func TestMain(m *testing.M) {
	os.Exit(runWithStandin(m))
}

func runWithStandin(m *testing.M) int {
	url, stop, err := startStandin()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer stop()
	standinURL = url
	if _, err := Configure(map[string]any{"api_url": standinURL}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return m.Run()
}

// startStandin starts opi-standin with args and gives its URL and the function that
// stops it and waits for it to end. It serves until its stdin closes, so it cannot
// outlive this process.
func startStandin(args ...string) (string, func() error, error) {
	binary := os.Getenv("OPI_STANDIN")
	if binary == "" {
		binary = filepath.Join("..", "..", "target", "release", "opi-standin")
	}
	cmd := exec.Command(binary, args...)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return "", nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("%v (run `cargo build --release -p opi-standin` first)", err)
	}
	stop := func() error {
		stdin.Close()
		return cmd.Wait()
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	url := strings.TrimSpace(line)
	if !strings.HasPrefix(url, "http://") {
		stop()
		return "", nil, fmt.Errorf("opi-standin printed %q instead of its URL (%v)", line, err)
	}
	return url, stop, nil
}

func TestVersion(t *testing.T) {
	if v := Version(); !regexp.MustCompile(`^\d+\.\d+\.\d+`).MatchString(v) {
		t.Fatalf("Version() = %q", v)
	}
}

func TestConfigure(t *testing.T) {
	settings, err := Configure(nil)
	if err != nil {
		t.Fatal(err)
	}
	result := settings["result"].(map[string]any)
	if result["api_url"] != standinURL {
		t.Errorf("api_url = %v, want %v", result["api_url"], standinURL)
	}

	_, err = Configure(map[string]any{"colour": "blue"})
	var libErr *LibraryError
	if !errors.As(err, &libErr) || libErr.Kind != "invalid_argument" {
		t.Fatalf("unknown key: err = %v, want an invalid_argument *LibraryError", err)
	}
}

func TestCreateInvitationLink(t *testing.T) {
	link, err := CreateInvitationLink(token, chat, "Link 01.05.2025 15:46:10", "1746200770", 200)
	if err != nil {
		t.Fatal(err)
	}
	if link["ok"] != true {
		t.Errorf("ok = %v", link["ok"])
	}
	result := link["result"].(map[string]any)
	if s, _ := result["invite_link"].(string); !strings.HasPrefix(s, "https://t.me/+") {
		t.Errorf("invite_link = %v", result["invite_link"])
	}
	want := map[string]any{
		"name":         "Link 01.05.2025 15:46:10",
		"expire_date":  float64(1746200770),
		"member_limit": float64(200),
	}
	for key, value := range want {
		if result[key] != value {
			t.Errorf("%s = %v, want %v", key, result[key], value)
		}
	}
}

func TestEmptyOptionalArgumentsAreNotGiven(t *testing.T) {
	link, err := CreateInvitationLink(token, "-1001234567890", "", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	result := link["result"].(map[string]any)
	for _, key := range []string{"name", "expire_date", "member_limit"} {
		if value, present := result[key]; present {
			t.Errorf("%s = %v, want it absent", key, value)
		}
	}
}

func TestTelegramError(t *testing.T) {
	link, err := CreateInvitationLink(token, "@no_such_chat", "x", "", 0)
	if link != nil {
		t.Errorf("link = %v, want nil", link)
	}
	var tgErr *TelegramError
	if !errors.As(err, &tgErr) {
		t.Fatalf("err = %#v, want a *TelegramError", err)
	}
	if tgErr.Code != 400 || tgErr.Description != "Bad Request: chat not found" {
		t.Errorf("got %d %q", tgErr.Code, tgErr.Description)
	}
	if tgErr.Response["ok"] != false {
		t.Errorf("Response = %v", tgErr.Response)
	}

	_, err = CreateInvitationLink("123456:not-the-stand-ins-token", chat, "", "", 0)
	if !errors.As(err, &tgErr) || tgErr.Code != 401 {
		t.Errorf("unknown token: err = %v, want a 401 *TelegramError", err)
	}
}

func TestInvalidArgument(t *testing.T) {
	cases := []struct {
		token, chat, title, expire string
		limit                      int32
		parameter                  string
	}{
		{"", chat, "", "", 0, "Token"},
		{token, "", "", "", 0, "ChatID"},
		{token, chat, strings.Repeat("x", 33), "", 0, "Title"},
		{token, chat, "", "tomorrow", 0, "ExpirationDate"},
		{token, chat, "", "", 100000, "UserLimit"},
		{token, chat, "", "", -1, "UserLimit"},
	}
	for _, c := range cases {
		_, err := CreateInvitationLink(c.token, c.chat, c.title, c.expire, c.limit)
		var libErr *LibraryError
		if !errors.As(err, &libErr) {
			t.Errorf("%s: err = %v, want a *LibraryError", c.parameter, err)
			continue
		}
		if libErr.Kind != "invalid_argument" || libErr.Parameter != c.parameter {
			t.Errorf("got %s/%s, want invalid_argument/%s", libErr.Kind, libErr.Parameter, c.parameter)
		}
		if strings.Contains(err.Error(), token) {
			t.Errorf("the token leaked into %q", err)
		}
	}
}

func TestNULByteIsRefusedBeforeTheCall(t *testing.T) {
	_, err := CreateInvitationLink(token, chat, "a\x00b", "", 0)
	var libErr *LibraryError
	if err == nil || errors.As(err, &libErr) || !strings.Contains(err.Error(), "title") {
		t.Fatalf("err = %v, want this package's error about title", err)
	}
}

func TestConnectionError(t *testing.T) {
	probe, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := probe.Addr().String()
	probe.Close()
	if _, err := Configure(map[string]any{"api_url": "http://" + closed, "timeout_ms": 5000}); err != nil {
		t.Fatal(err)
	}
	defer Configure(map[string]any{"api_url": standinURL, "timeout_ms": 30000})

	_, err = CreateInvitationLink(token, chat, "", "", 0)
	var libErr *LibraryError
	if !errors.As(err, &libErr) || libErr.Kind != "connection" {
		t.Fatalf("err = %v, want a connection *LibraryError", err)
	}
}

// An "ok": true answer nested 100 000 deep, which libopi passes on as received, is
// deeper than encoding/json reads: it is a *LibraryError, not some other error.
func TestAnswerNestedTooDeeplyIsALibraryError(t *testing.T) {
	const depth = 100000
	body := `{"ok":true,"result":` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, body)
	}))
	defer server.Close()
	if _, err := Configure(map[string]any{"api_url": server.URL}); err != nil {
		t.Fatal(err)
	}
	defer Configure(map[string]any{"api_url": standinURL})

	result, err := CreateInvitationLink(token, chat, "", "", 0)
	var libErr *LibraryError
	if !errors.As(err, &libErr) {
		t.Fatalf("err = %v (%T), want a *LibraryError", err, err)
	}
	if result != nil || libErr.Kind != "bad_response" || libErr.Response["ok"] != false ||
		!strings.Contains(libErr.Description, "deep") {
		t.Fatalf("result %v, error %+v, want a bad_response about the depth", result, libErr)
	}
}

func TestConcurrentCalls(t *testing.T) {
	const workers, perWorker = 8, 100
	var wg sync.WaitGroup
	failures := make(chan string, workers*perWorker)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				title := fmt.Sprintf("worker %d link %d", w, i)
				link, err := CreateInvitationLink(token, chat, title, "", 0)
				if err != nil {
					failures <- err.Error()
					continue
				}
				if name := link["result"].(map[string]any)["name"]; name != title {
					failures <- fmt.Sprintf("name = %v, want %q", name, title)
				}
			}
		}(w)
	}
	wg.Wait()
	close(failures)
	for failure := range failures {
		t.Error(failure)
	}
}

// residentKiB reads the process's resident memory from /proc, after returning Go's
// own garbage to the system so that only memory still in use counts.
func residentKiB(t *testing.T) int {
	runtime.GC()
	debug.FreeOSMemory()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("needs Linux /proc:", err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if fields := strings.Fields(line); len(fields) >= 2 && fields[0] == "VmRSS:" {
			kib, err := strconv.Atoi(fields[1])
			if err != nil {
				t.Fatal(err)
			}
			return kib
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}

// TestResultsAreFreed makes many calls of every outcome: each result is copied and
// released at once, so memory stays flat, where leaking the few hundred bytes of each
// would add about 10 MiB. Most calls are refused locally, which is quick; one in eight
// goes to the stand-in, for a link or for Telegram's refusal.
func TestResultsAreFreed(t *testing.T) {
	unreadableChat := strings.Repeat("not a chat ", 20)
	round := func(calls int) {
		for i := 0; i < calls; i++ {
			var err error
			switch i % 16 {
			case 0:
				if _, err = CreateInvitationLink(token, chat, strings.Repeat("x", 32), "", int32(i%99999+1)); err != nil {
					t.Fatal(err)
				}
				continue
			case 8:
				_, err = CreateInvitationLink(token, "@no_such_chat", "", "", 0)
			default:
				_, err = CreateInvitationLink(token, unreadableChat, "", "", 0)
			}
			if err == nil {
				t.Fatalf("call %d: want an error", i)
			}
		}
	}

	// Enough for the connection pool, allocator arenas and caches to reach their size.
	round(10000)
	before := residentKiB(t)
	const calls = 40000
	round(calls)
	after := residentKiB(t)
	growth := after - before
	t.Logf("go: resident memory %.1f MiB -> %.1f MiB after %d calls (%+d KiB)",
		float64(before)/1024, float64(after)/1024, calls, growth)
	if growth > 4*1024 {
		t.Errorf("resident memory grew by %d KiB over %d calls", growth, calls)
	}
}
