package opi

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// cgoFlags is what cgo would link for goos with the given build tags, as go list reports
// it: the #cgo lines that apply to that system.
func cgoFlags(t *testing.T, goos string, tags string) string {
	t.Helper()
	cmd := exec.Command("go", "list", "-tags", tags, "-f", `{{join .CgoLDFLAGS " "}}`, ".")
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list for %s: %v\n%s", goos, err, out)
	}
	return strings.TrimSpace(string(out))
}

func TestTheLibraryLinkedIsTheOneOfTheTargetSystem(t *testing.T) {
	for _, c := range []struct {
		goos, tags   string
		want, absent []string
	}{
		{"linux", "", []string{"-l:libopi.a", "-ldl", "-lpthread"}, []string{"-lws2_32"}},
		{"windows", "", []string{"-l:libopi.a", "-lws2_32", "-luserenv", "-lntdll"}, []string{"-ldl", "-lgcc_s"}},
		// -lopi: libopi.so through its SONAME on Linux; opi.dll through libopi.dll.a on Windows.
		{"linux", "opi_shared", []string{"-lopi"}, []string{"libopi.a"}},
		{"windows", "opi_shared", []string{"-lopi"}, []string{"libopi.a", "-ldl"}},
	} {
		flags := cgoFlags(t, c.goos, c.tags)
		for _, w := range c.want {
			if !strings.Contains(flags, w) {
				t.Errorf("%s %q: %q lacks %s", c.goos, c.tags, flags, w)
			}
		}
		for _, a := range c.absent {
			if strings.Contains(flags, a) {
				t.Errorf("%s %q: %q has %s", c.goos, c.tags, flags, a)
			}
		}
	}
}
