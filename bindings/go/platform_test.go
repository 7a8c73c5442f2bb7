package opi

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// cgoFlags is what cgo would link for goos with the given build tags, as go list reports
// it: the #cgo lines that apply to that system.
func cgoFlags(t *testing.T, goos, goarch, tags string) string {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", tags, "-f", `{{join .CgoLDFLAGS " "}}`, ".")
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list for %s: %v\n%s", goos, err, out)
	}
	return strings.TrimSpace(string(out))
}

func TestTheLibraryLinkedIsTheOneOfTheTargetSystem(t *testing.T) {
	for _, c := range []struct {
		goos, goarch, tags string
		want, absent       []string
	}{
		{"linux", "amd64", "", []string{"-l:libopi.a", "-ldl", "-lpthread", "-lgcc_s"}, []string{"-lws2_32", "-lunwind"}},
		{"linux", "arm64", "", []string{"-l:libopi.a", "-ldl", "-lpthread", "-lgcc_s"}, []string{"-lunwind"}},
		// musl: LLVM's unwinder, and none of glibc's split libraries.
		{"linux", "amd64", "musl", []string{"-l:libopi.a", "-lunwind", "-lc"}, []string{"-lgcc_s", "-ldl", "-lpthread"}},
		{"linux", "arm64", "musl", []string{"-l:libopi.a", "-lunwind", "-lc"}, []string{"-lgcc_s", "-ldl"}},
		{"windows", "amd64", "", []string{"-l:libopi.a", "-lws2_32", "-luserenv", "-lntdll"}, []string{"-ldl", "-lgcc_s"}},
		// -lopi: libopi.so through its SONAME on Linux; opi.dll through libopi.dll.a on Windows.
		{"linux", "amd64", "opi_shared", []string{"-lopi"}, []string{"libopi.a"}},
		{"linux", "amd64", "opi_shared,musl", []string{"-lopi"}, []string{"libopi.a", "-lunwind"}},
		{"windows", "amd64", "opi_shared", []string{"-lopi"}, []string{"libopi.a", "-ldl"}},
	} {
		flags := cgoFlags(t, c.goos, c.goarch, c.tags)
		for _, w := range c.want {
			if !strings.Contains(flags, w) {
				t.Errorf("%s/%s %q: %q lacks %s", c.goos, c.goarch, c.tags, flags, w)
			}
		}
		for _, a := range c.absent {
			if strings.Contains(flags, a) {
				t.Errorf("%s/%s %q: %q has %s", c.goos, c.goarch, c.tags, flags, a)
			}
		}
	}
}
