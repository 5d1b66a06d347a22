// Package atomicfile replaces files so that an interrupted write leaves the
// old file or the new one, never half of either.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces name with data, readable by all (0644).
func Write(name string, data []byte) error { return WriteMode(name, data, 0o644) }

// WriteMode replaces name with data with the given permissions; the data
// is never readable with wider ones, not even while it is written.
func WriteMode(name string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
