package cli

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/bundle"
)

// registryOptions are the flags of commands that talk to a registry: plain
// HTTP for loopback registries, and the deadlines of every operation.
type registryOptions struct {
	insecure  bool
	timeout   time.Duration
	ioTimeout time.Duration
}

func (o *registryOptions) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.insecure, "insecure", false, "allow plain HTTP to a registry on a loopback address (tests, local registries); refused for any other host")
	f.DurationVar(&o.timeout, "timeout", bundle.DefaultTimeout, "the longest one registry operation (a push, signature, verification or pull, retries included) may take")
	f.DurationVar(&o.ioTimeout, "io-timeout", bundle.DefaultIOTimeout, "the longest a registry may stay silent: to accept a connection and answer a request, or in the middle of a transfer")
}

func (o *registryOptions) options() ([]bundle.Option, error) {
	switch {
	case o.timeout <= 0:
		return nil, usageError{fmt.Errorf("--timeout %s: want a positive duration, e.g. 2m", o.timeout)}
	case o.ioTimeout <= 0:
		return nil, usageError{fmt.Errorf("--io-timeout %s: want a positive duration, e.g. 30s", o.ioTimeout)}
	}
	opts := []bundle.Option{bundle.WithTimeout(o.timeout), bundle.WithIOTimeout(o.ioTimeout)}
	if o.insecure {
		opts = append(opts, bundle.WithInsecure())
	}
	return opts, nil
}

// limitOptions are the flags that bound a bundle's content.
type limitOptions struct {
	maxObjects int
	maxSize    sizeValue
}

func (o *limitOptions) register(cmd *cobra.Command) {
	o.maxSize = sizeValue(bundle.DefaultMaxSize)
	f := cmd.Flags()
	f.IntVar(&o.maxObjects, "max-objects", bundle.DefaultMaxObjects, "the most objects a bundle may hold")
	f.Var(&o.maxSize, "max-size", "the largest a bundle's content may be, compressed and uncompressed (bytes, or with KiB, MiB, GiB)")
}

func (o *limitOptions) options() ([]bundle.Option, error) {
	if o.maxObjects <= 0 {
		return nil, usageError{fmt.Errorf("--max-objects %d: want a positive number", o.maxObjects)}
	}
	return []bundle.Option{bundle.WithMaxObjects(o.maxObjects), bundle.WithMaxSize(int64(o.maxSize))}, nil
}

// bundleOptions are the options of both sets of flags, for commands that
// read or make bundles.
func bundleOptions(reg *registryOptions, limits *limitOptions) ([]bundle.Option, error) {
	opts, err := reg.options()
	if err != nil {
		return nil, err
	}
	lim, err := limits.options()
	if err != nil {
		return nil, err
	}
	return append(opts, lim...), nil
}

// sizeValue is a flag of a size in bytes, written as a number of bytes or
// with a binary unit: 512KiB, 64MiB, 1GiB (Ki, Mi, Gi too).
type sizeValue int64

var sizeUnits = []struct {
	suffix string
	factor int64
}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"Gi", 1 << 30}, {"Mi", 1 << 20}, {"Ki", 1 << 10}, {"B", 1}}

func (s *sizeValue) String() string {
	n := int64(*s)
	for _, u := range sizeUnits[:3] {
		if n >= u.factor && n%u.factor == 0 {
			return strconv.FormatInt(n/u.factor, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (s *sizeValue) Set(v string) error {
	num, factor := strings.TrimSpace(v), int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(num, u.suffix) {
			num, factor = strings.TrimSpace(strings.TrimSuffix(num, u.suffix)), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/factor {
		return fmt.Errorf("want a positive size such as 64MiB or 1GiB")
	}
	*s = sizeValue(n * factor)
	return nil
}

func (s *sizeValue) Type() string { return "size" }
