// Package version reports which isobar this is.
package version

import (
	"runtime/debug"
)

// Version is set at build time with
// -ldflags "-X isobar.dev/isobar/internal/version.Version=v1.2.3".
var Version = ""

// Revision is the commit a release was built from, set at build time with
// -ldflags "-X isobar.dev/isobar/internal/version.Revision=<commit>" by
// builds that leave out Go's own VCS stamp (-buildvcs=false) to be
// reproducible from a tree with other files in it.
var Revision = ""

// Info describes the running binary.
type Info struct {
	Version   string `json:"version"`
	Revision  string `json:"revision,omitempty"`
	Modified  bool   `json:"modified,omitempty"`
	GoVersion string `json:"goVersion"`
	Schema    string `json:"schema"`
}

// Get returns the binary's version information.
func Get() Info {
	info := Info{Version: Version, Schema: "isobar.dev/v1alpha1"}
	bi, ok := debug.ReadBuildInfo()
	if ok && Revision != "" {
		info.GoVersion = bi.GoVersion
		info.Revision = Revision
	} else if ok {
		info.GoVersion = bi.GoVersion
		if info.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			info.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				info.Revision = s.Value
			case "vcs.modified":
				info.Modified = s.Value == "true"
			}
		}
	}
	if info.Revision == "" {
		info.Revision = Revision
	}
	if info.Version == "" {
		info.Version = "devel"
	}
	return info
}
