//go:build !linux

package kubetest

import (
	"os"
	"syscall"
)

// sysProcAttr has nothing to add outside Linux.
func sysProcAttr() *syscall.SysProcAttr { return nil }

// signalGroup stops p: there is no process group to signal outside Linux.
func signalGroup(p *os.Process, kill bool) {
	if kill {
		_ = p.Kill()
		return
	}
	_ = p.Signal(os.Interrupt)
}

// killUsing finds no process outside Linux (it reads /proc).
func killUsing(string) int { return 0 }

// reapStale does nothing outside Linux (it reads /proc).
func reapStale(string) {}
