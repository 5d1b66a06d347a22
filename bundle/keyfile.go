package bundle

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"syscall"

	"isobar.dev/isobar/internal/outdir"
)

// MaxKeyFileSize bounds the key files TrustKeyFile and ReadPrivateKeyFile
// read: a cosign key pair's files are under 1 KiB each.
const MaxKeyFileSize = 64 << 10

// readKeyFile reads a key file: a regular file (symbolic links to one are
// followed, as Kubernetes mounts secrets) of at most MaxKeyFileSize bytes,
// opened without blocking (a named pipe cannot hold the caller). A private
// key must not be readable by group or others, as ssh requires of its keys.
func readKeyFile(path string, private bool) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("is %s, not a key file", outdir.Describe(fi.Mode()))
	}
	if fi.Size() > MaxKeyFileSize {
		return nil, fmt.Errorf("is %d bytes, more than a key file's limit of %d", fi.Size(), MaxKeyFileSize)
	}
	if perm := fi.Mode().Perm(); private && perm&0o077 != 0 && runtime.GOOS != "windows" {
		return nil, fmt.Errorf("the private key is readable by others (mode %04o): run chmod 600 %s", perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxKeyFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxKeyFileSize {
		return nil, fmt.Errorf("is larger than a key file's limit of %d bytes", MaxKeyFileSize)
	}
	if len(data) == 0 {
		return nil, errors.New("is empty")
	}
	return data, nil
}
