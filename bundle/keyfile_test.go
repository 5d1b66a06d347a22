package bundle

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKeyFiles: key files are read only when they are regular files of a
// key's size (a named pipe, a device or a folder are refused without
// reading or blocking), and a private key only when others cannot read it.
func TestKeyFiles(t *testing.T) {
	a, _ := twoKeys(t)
	dir := t.TempDir()
	write := func(name string, data []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	priv := write("cosign.key", a.pair.PrivateKey, 0o600)
	pub := write("cosign.pub", a.pair.PublicKey, 0o644)
	link := filepath.Join(dir, "link.key")
	if err := os.Symlink(priv, link); err != nil {
		t.Fatal(err)
	}
	big := write("big.pub", append(a.pair.PublicKey, make([]byte, MaxKeyFileSize)...), 0o644)

	for _, tc := range []struct {
		name, path string
		private    bool
		want       string // "" for success
	}{
		{"private key", priv, true, ""},
		{"link to the private key", link, true, ""},
		{"public key", pub, false, ""},
		{"named pipe", fifo, false, "is a named pipe, not a key file"},
		{"named pipe as private key", fifo, true, "is a named pipe, not a key file"},
		{"endless device", "/dev/zero", false, "is a character device, not a key file"},
		{"endless device as private key", "/dev/zero", true, "is a character device, not a key file"},
		{"folder", dir, false, "is a folder, not a key file"},
		{"too large", big, false, "more than a key file's limit of 65536"},
		{"empty", write("empty.pub", nil, 0o644), false, "is empty"},
		{"private key readable by the group", write("g.key", a.pair.PrivateKey, 0o640), true,
			"the private key is readable by others (mode 0640): run chmod 600 " + filepath.Join(dir, "g.key")},
		{"private key readable by all", write("o.key", a.pair.PrivateKey, 0o644), true,
			"the private key is readable by others (mode 0644): run chmod 600 " + filepath.Join(dir, "o.key")},
		{"missing", filepath.Join(dir, "missing"), false, "no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			var err error
			if tc.private {
				_, err = ReadPrivateKeyFile(tc.path, []byte(testPassword))
			} else {
				_, err = TrustKeyFile(tc.path)
			}
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %s", took)
			}
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			wantKind(t, err, ErrInvalidInput)
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.path+": ") {
				t.Errorf("error %q does not start with the file and say %q", err, tc.want)
			}
		})
	}
}
