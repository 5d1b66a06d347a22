//go:build !linux

package outdir

// exchange is not available here: Write falls back to two renames.
func exchange(_, _ string) error { return errNoExchange }
