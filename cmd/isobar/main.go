// Command isobar plans, renders, publishes and reconciles Kubernetes
// workloads across clusters in several clouds from intent written in CUE.
package main

import (
	"context"
	"os"

	"isobar.dev/isobar/internal/cli"
)

func main() {
	ctx, stop := cli.WithSignals(context.Background(), os.Stderr)
	code := cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
