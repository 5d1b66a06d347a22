// Command isobar-release makes isobar's releases: the binaries, SBOM and
// signed checksums (dist), the agent image (image) and the schema's CUE
// module (schema). `make release` runs it; see docs/install.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"isobar.dev/isobar/internal/release"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := release.Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
