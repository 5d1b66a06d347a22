package source

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
)

func mustNewGit(t *testing.T, opts GitOptions) *Git {
	t.Helper()
	g, err := NewGit(opts)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func mustFetch(t *testing.T, g *Git) Revision {
	t.Helper()
	rev, err := g.Fetch(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

func isShallow(t *testing.T, g *Git) bool {
	t.Helper()
	s, err := g.st.Shallow()
	if err != nil {
		t.Fatal(err)
	}
	return len(s) > 0
}

func TestFetchBranch(t *testing.T) {
	t.Parallel()
	srv := httpServer(t)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	u.write("a.cue", "a: 1\n")
	c1 := u.commit("one")
	u.branch("dev", c1)
	url := srv.HTTPAddress() + "/repo.git"

	for _, tc := range []struct {
		name  string
		cache string
	}{{"memory", ""}, {"cachedir", filepath.Join(t.TempDir(), "cache")}} {
		t.Run(tc.name, func(t *testing.T) {
			g := mustNewGit(t, GitOptions{URL: url, CacheDir: tc.cache})
			if got, want := g.String(), url+" (branch main)"; got != want {
				t.Errorf("String() = %q, want %q", got, want)
			}
			rev := mustFetch(t, g)
			if rev.Commit != c1 || rev.Ref != "refs/heads/main" || !rev.Time.Equal(u.when) {
				t.Fatalf("first fetch: %+v, want commit %s on refs/heads/main at %s", rev, c1, u.when)
			}
			if !isShallow(t, g) {
				t.Error("clone is not shallow")
			}
			if again := mustFetch(t, g); again != rev {
				t.Errorf("fetch without change: %+v, want %+v", again, rev)
			}
		})
	}

	// A new commit is seen on the next fetch, with a clone in memory and on
	// disk, and by a new Git reusing the cache (a restart).
	cache := filepath.Join(t.TempDir(), "cache")
	mem := mustNewGit(t, GitOptions{URL: url})
	disk := mustNewGit(t, GitOptions{URL: url, CacheDir: cache})
	mustFetch(t, mem)
	mustFetch(t, disk)
	u.write("b.cue", "b: 2\n")
	c2 := u.commit("two")
	for name, g := range map[string]*Git{"memory": mem, "cachedir": disk, "restarted": mustNewGit(t, GitOptions{URL: url, CacheDir: cache})} {
		if rev := mustFetch(t, g); rev.Commit != c2 {
			t.Errorf("%s: after a new commit, fetch returned %s, want %s", name, rev.Commit, c2)
		}
	}

	// Another branch.
	dev := mustNewGit(t, GitOptions{URL: url, Branch: "dev"})
	if rev := mustFetch(t, dev); rev.Commit != c1 || rev.Ref != "refs/heads/dev" {
		t.Errorf("branch dev: %+v, want %s", rev, c1)
	}
}

func TestFetchTag(t *testing.T) {
	t.Parallel()
	srv := httpServer(t)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	u.write("a.cue", "a: 1\n")
	c1 := u.commit("one")
	u.write("a.cue", "a: 2\n")
	c2 := u.commit("two")
	u.tag("v1", c1, "")             // lightweight
	u.tag("v2", c1, "release v2\n") // annotated
	url := srv.HTTPAddress() + "/repo.git"

	for _, tag := range []string{"v1", "v2"} {
		g := mustNewGit(t, GitOptions{URL: url, Tag: tag})
		rev := mustFetch(t, g)
		if rev.Commit != c1 || rev.Ref != "refs/tags/"+tag {
			t.Errorf("tag %s: %+v, want commit %s", tag, rev, c1)
		}
		if rev.String() != tag+"@"+c1 {
			t.Errorf("Revision.String() = %q", rev.String())
		}
	}

	// A moved tag is followed.
	g := mustNewGit(t, GitOptions{URL: url, Tag: "v1"})
	mustFetch(t, g)
	if err := u.repo.DeleteTag("v1"); err != nil {
		t.Fatal(err)
	}
	u.tag("v1", c2, "")
	if rev := mustFetch(t, g); rev.Commit != c2 {
		t.Errorf("moved tag: got %s, want %s", rev.Commit, c2)
	}
}

func TestFetchCommit(t *testing.T) {
	t.Parallel()
	for _, bySHA := range []bool{false, true} {
		name := "full-history-fallback"
		if bySHA {
			name = "shallow-by-sha1"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := httpServer(t)
			u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
			if bySHA {
				u.allowSHA1InWant()
			}
			u.write("a.cue", "a: 1\n")
			c1 := u.commit("one")
			u.write("a.cue", "a: 2\n")
			u.commit("two")
			url := srv.HTTPAddress() + "/repo.git"

			g := mustNewGit(t, GitOptions{URL: url, Commit: strings.ToUpper(c1)})
			rev := mustFetch(t, g)
			if rev.Commit != c1 || rev.Ref != "" || rev.String() != c1 {
				t.Fatalf("pinned commit: %+v, want %s", rev, c1)
			}
			if got := isShallow(t, g); got != bySHA {
				t.Errorf("shallow = %v, want %v", got, bySHA)
			}
			// Once present, a pinned commit needs no network.
			srv.StopHTTP()
			if again := mustFetch(t, g); again != rev {
				t.Errorf("second fetch: %+v, want %+v", again, rev)
			}
		})
	}

	t.Run("missing", func(t *testing.T) {
		t.Parallel()
		srv := httpServer(t)
		u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
		u.commit("one")
		g := mustNewGit(t, GitOptions{URL: srv.HTTPAddress() + "/repo.git", Commit: strings.Repeat("ab", 20)})
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing commit: %v, want ErrNotFound", err)
		}
	})
}

func TestFetchNotFound(t *testing.T) {
	t.Parallel()
	srv := httpServer(t)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	u.commit("one")
	url := srv.HTTPAddress() + "/repo.git"

	for _, tc := range []struct {
		opts   GitOptions
		prefix string
	}{
		{GitOptions{URL: url, Branch: "nope"}, "git " + url + " (branch nope): fetch failed: not found"},
		{GitOptions{URL: url, Tag: "v9"}, "git " + url + " (tag v9): fetch failed: not found"},
		{GitOptions{URL: srv.HTTPAddress() + "/missing.git"}, "git " + srv.HTTPAddress() + "/missing.git (branch main): fetch failed: not found"},
	} {
		_, err := mustNewGit(t, tc.opts).Fetch(context.Background())
		if !errors.Is(err, ErrNotFound) || errors.Is(err, ErrUnreachable) || errors.Is(err, ErrAuth) {
			t.Errorf("%+v: %v, want ErrNotFound only", tc.opts, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), tc.prefix) {
			t.Errorf("error %q does not start with %q", err, tc.prefix)
		}
	}
}

func TestFetchLocal(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "repo.git")
	u := newUpstream(t, dir)
	c1 := u.commit("one")
	for _, url := range []string{dir, "file://" + dir} {
		if rev := mustFetch(t, mustNewGit(t, GitOptions{URL: url})); rev.Commit != c1 {
			t.Errorf("%s: %s, want %s", url, rev.Commit, c1)
		}
	}
}

func TestHTTPSAuth(t *testing.T) {
	t.Parallel()
	const password = "correct-horse-battery-staple"
	srv, caFile := httpsServer(t, "git", password)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	c1 := u.commit("one")
	url := srv.HTTPAddress() + "/repo.git"
	if !strings.HasPrefix(url, "https://") {
		t.Fatalf("server URL %s", url)
	}

	t.Run("token file", func(t *testing.T) {
		g := mustNewGit(t, GitOptions{URL: url, CAFile: caFile, Auth: Auth{TokenFile: writeFile(t, "token", []byte(password+"\n"))}})
		if rev := mustFetch(t, g); rev.Commit != c1 {
			t.Errorf("got %s, want %s", rev.Commit, c1)
		}
	})
	t.Run("password env", func(t *testing.T) {
		// A variable of this test alone: t.Setenv refuses parallel tests.
		if err := os.Setenv("ISOBAR_TEST_GIT_PASSWORD", password); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Unsetenv("ISOBAR_TEST_GIT_PASSWORD") })
		g := mustNewGit(t, GitOptions{URL: url, CAFile: caFile, Auth: Auth{Username: "git", PasswordEnv: "ISOBAR_TEST_GIT_PASSWORD"}})
		if rev := mustFetch(t, g); rev.Commit != c1 {
			t.Errorf("got %s, want %s", rev.Commit, c1)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		const wrong = "wrong-password-d41d8cd98f"
		g := mustNewGit(t, GitOptions{URL: url, CAFile: caFile, Auth: Auth{Username: "git", PasswordFile: writeFile(t, "pw", []byte(wrong))}})
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("wrong password: %v, want ErrAuth", err)
		}
		if strings.Contains(err.Error(), wrong) {
			t.Errorf("error shows the password: %v", err)
		}
		if !strings.HasPrefix(err.Error(), "git "+url+" (branch main): fetch failed: authentication failed") {
			t.Errorf("error: %v", err)
		}
	})
	t.Run("no credentials", func(t *testing.T) {
		_, err := mustNewGit(t, GitOptions{URL: url, CAFile: caFile}).Fetch(context.Background())
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("no credentials: %v, want ErrAuth", err)
		}
	})
	t.Run("unset token variable", func(t *testing.T) {
		_, err := mustNewGit(t, GitOptions{URL: url, CAFile: caFile, Auth: Auth{TokenEnv: "ISOBAR_TEST_UNSET_TOKEN"}}).Fetch(context.Background())
		if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "ISOBAR_TEST_UNSET_TOKEN") {
			t.Fatalf("unset token variable: %v, want ErrAuth naming the variable", err)
		}
	})
	t.Run("untrusted certificate", func(t *testing.T) {
		g := mustNewGit(t, GitOptions{URL: url, Auth: Auth{TokenFile: writeFile(t, "token", []byte(password))}})
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrAuth) || errors.Is(err, ErrUnreachable) {
			t.Fatalf("untrusted certificate: %v, want ErrAuth", err)
		}
	})
}

func TestCredentialsInURLRefused(t *testing.T) {
	t.Parallel()
	const secret = "hunter2-s3cr3t"
	for _, tc := range []struct{ url, shown string }{
		{"https://user:" + secret + "@github.com/org/repo.git", "https://github.com/org/repo.git"},
		{"https://" + secret + "@github.com/org/repo", "https://github.com/org/repo"},
		{"http://x:" + secret + "@127.0.0.1:8080/repo.git", "http://127.0.0.1:8080/repo.git"},
		{"ssh://git:" + secret + "@github.com/org/repo.git", "ssh://github.com/org/repo.git"},
		{"git:" + secret + "@github.com:org/repo.git", "github.com:org/repo.git"},
		{"file://u:" + secret + "@localhost/srv/repo.git", "file://localhost/srv/repo.git"},
	} {
		_, err := NewGit(GitOptions{URL: tc.url})
		if err == nil {
			t.Errorf("%s: accepted", tc.shown)
			continue
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("error shows the secret: %v", err)
		}
		if !strings.HasPrefix(err.Error(), "git "+tc.shown+": ") || !strings.Contains(err.Error(), "credentials") {
			t.Errorf("error %q: want it to start with %q and mention credentials", err, "git "+tc.shown)
		}
	}
	// An unparsable URL is not echoed either.
	_, err := NewGit(GitOptions{URL: "https://user:" + secret + "@host:port:bad/\x7f"})
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Errorf("unparsable URL: %v", err)
	}
}

func TestNewGitValidation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		opts GitOptions
	}{
		{"no URL", GitOptions{}},
		{"branch and tag", GitOptions{URL: "https://h/r", Branch: "main", Tag: "v1"}},
		{"short commit", GitOptions{URL: "https://h/r", Commit: "abc123"}},
		{"bad branch", GitOptions{URL: "https://h/r", Branch: "a..b"}},
		{"refspec in branch", GitOptions{URL: "https://h/r", Branch: "x:refs/heads/y"}},
		{"token over http", GitOptions{URL: "http://h/r", Auth: Auth{TokenEnv: "T"}}},
		{"two secrets", GitOptions{URL: "https://h/r", Auth: Auth{TokenEnv: "T", TokenFile: "f"}}},
		{"password without user", GitOptions{URL: "https://h/r", Auth: Auth{PasswordEnv: "P"}}},
		{"ssh key for https", GitOptions{URL: "https://h/r", Auth: Auth{SSHKeyFile: "k"}}},
		{"ssh without known_hosts", GitOptions{URL: "ssh://git@h/r", Auth: Auth{SSHKeyFile: "k"}}},
		{"ssh without key", GitOptions{URL: "git@h:org/r.git", Auth: Auth{KnownHostsFile: "kh"}}},
		{"token for ssh", GitOptions{URL: "ssh://git@h/r", Auth: Auth{SSHKeyFile: "k", KnownHostsFile: "kh", TokenEnv: "T"}}},
		{"query", GitOptions{URL: "https://h/r?private_token=x"}},
		{"scheme", GitOptions{URL: "ftp://h/r"}},
		{"negative timeout", GitOptions{URL: "https://h/r", Timeout: -time.Second}},
		{"CA for ssh", GitOptions{URL: "ssh://git@h/r", CAFile: "ca", Auth: Auth{SSHKeyFile: "k", KnownHostsFile: "kh"}}},
	} {
		if _, err := NewGit(tc.opts); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
	g := mustNewGit(t, GitOptions{URL: "git@github.com:org/repo.git", Commit: strings.Repeat("0a", 20), Auth: Auth{SSHKeyFile: "k", KnownHostsFile: "kh"}})
	if got, want := g.String(), "git@github.com:org/repo.git (commit "+strings.Repeat("0a", 20)+")"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestSSH(t *testing.T) {
	t.Parallel()
	hostKey, clientKey := newSSHKey(t), newSSHKey(t)
	srv := sshServer(t, hostKey, clientKey)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	c1 := u.commit("one")
	url := srv.SSHAddress() + "/repo.git"
	addr := strings.TrimPrefix(srv.SSHAddress(), "ssh://git@")
	keyFile := writeFile(t, "id_ed25519", clientKey.pem)
	knownHosts := writeFile(t, "known_hosts", []byte(knownHostsLine(addr, hostKey.pub)))

	t.Run("key and known_hosts", func(t *testing.T) {
		g := mustNewGit(t, GitOptions{URL: url, Auth: Auth{SSHKeyFile: keyFile, KnownHostsFile: knownHosts}})
		if rev := mustFetch(t, g); rev.Commit != c1 {
			t.Errorf("got %s, want %s", rev.Commit, c1)
		}
		if !isShallow(t, g) {
			t.Error("clone is not shallow")
		}
	})
	t.Run("scp-like URL", func(t *testing.T) {
		// go-git's scp-like form with a port: git@host:port:path.
		g := mustNewGit(t, GitOptions{URL: "git@" + addr + ":repo.git", Auth: Auth{SSHKeyFile: keyFile, KnownHostsFile: knownHosts}})
		if rev := mustFetch(t, g); rev.Commit != c1 {
			t.Errorf("got %s, want %s", rev.Commit, c1)
		}
	})
	t.Run("host key changed", func(t *testing.T) {
		other := writeFile(t, "known_hosts", []byte(knownHostsLine(addr, newSSHKey(t).pub)))
		_, err := mustNewGit(t, GitOptions{URL: url, Auth: Auth{SSHKeyFile: keyFile, KnownHostsFile: other}}).Fetch(context.Background())
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("changed host key: %v, want ErrAuth", err)
		}
	})
	t.Run("host unknown", func(t *testing.T) {
		other := writeFile(t, "known_hosts", []byte(knownHostsLine("192.0.2.1:22", hostKey.pub)))
		_, err := mustNewGit(t, GitOptions{URL: url, Auth: Auth{SSHKeyFile: keyFile, KnownHostsFile: other}}).Fetch(context.Background())
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("unknown host: %v, want ErrAuth", err)
		}
	})
	t.Run("client key refused", func(t *testing.T) {
		wrong := writeFile(t, "id_other", newSSHKey(t).pem)
		_, err := mustNewGit(t, GitOptions{URL: url, Auth: Auth{SSHKeyFile: wrong, KnownHostsFile: knownHosts}}).Fetch(context.Background())
		if !errors.Is(err, ErrAuth) {
			t.Fatalf("refused key: %v, want ErrAuth", err)
		}
	})
}

func TestUnreachable(t *testing.T) {
	t.Parallel()
	t.Run("server stopped", func(t *testing.T) {
		t.Parallel()
		srv := httpServer(t)
		u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
		u.commit("one")
		// The timeout leaves the first fetch room on a loaded machine; a
		// stopped server refuses at once, well within it.
		g := mustNewGit(t, GitOptions{URL: srv.HTTPAddress() + "/repo.git", Timeout: 10 * time.Second})
		mustFetch(t, g)
		srv.StopHTTP()
		start := time.Now()
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrUnreachable) {
			t.Fatalf("stopped server: %v, want ErrUnreachable", err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %s", d)
		}
	})
	t.Run("http no answer", func(t *testing.T) {
		t.Parallel()
		g := mustNewGit(t, GitOptions{URL: "http://" + blackHole(t) + "/repo.git", Timeout: 300 * time.Millisecond})
		start := time.Now()
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrUnreachable) {
			t.Fatalf("no answer: %v, want ErrUnreachable", err)
		}
		if d := time.Since(start); d > 1500*time.Millisecond {
			t.Errorf("took %s for a timeout of 300ms", d)
		}
	})
	t.Run("http trickle", func(t *testing.T) {
		t.Parallel()
		// Answers the ref advertisement with headers, then a byte every
		// 100ms: never silent for long, never done.
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/x-git-upload-pack-advertisement")
			w.WriteHeader(http.StatusOK)
			fl := w.(http.Flusher)
			_, _ = w.Write([]byte("01ff")) // a pkt-line of 511 bytes, sent slowly
			for {
				if _, err := w.Write([]byte("a")); err != nil {
					return
				}
				fl.Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		}))
		t.Cleanup(srv.Close)
		g := mustNewGit(t, GitOptions{URL: srv.URL + "/repo.git", Timeout: 500 * time.Millisecond})
		start := time.Now()
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "no answer within 500ms") {
			t.Fatalf("trickle: %v, want ErrUnreachable, no answer within 500ms", err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %s for a timeout of 500ms", d)
		}
	})
	t.Run("ssh no answer", func(t *testing.T) {
		t.Parallel()
		// go-git does not bound the SSH handshake by the context.
		addr := blackHole(t)
		key := newSSHKey(t)
		g := mustNewGit(t, GitOptions{
			URL:     "ssh://git@" + addr + "/repo.git",
			Timeout: 300 * time.Millisecond,
			Auth: Auth{
				SSHKeyFile:     writeFile(t, "id", key.pem),
				KnownHostsFile: writeFile(t, "known_hosts", []byte(knownHostsLine(addr, key.pub))),
			},
		})
		start := time.Now()
		_, err := g.Fetch(context.Background())
		if !errors.Is(err, ErrUnreachable) {
			t.Fatalf("no answer: %v, want ErrUnreachable", err)
		}
		if d := time.Since(start); d > 1500*time.Millisecond {
			t.Errorf("took %s for a timeout of 300ms", d)
		}
		// The abandoned handshake still holds the storage: the next fetch
		// gives up too, in bounded time.
		start = time.Now()
		if _, err := g.Fetch(context.Background()); !errors.Is(err, ErrUnreachable) {
			t.Fatalf("second fetch: %v, want ErrUnreachable", err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("second fetch took %s", d)
		}
	})
	t.Run("caller cancels", func(t *testing.T) {
		t.Parallel()
		g := mustNewGit(t, GitOptions{URL: "http://" + blackHole(t) + "/repo.git"})
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		_, err := g.Fetch(ctx)
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrUnreachable) {
			t.Fatalf("caller deadline: %v", err)
		}
	})
}

func TestClassify(t *testing.T) {
	t.Parallel()
	if classify(context.Canceled) != nil {
		t.Error("cancellation classified")
	}
	if !errors.Is(classify(plumbing.ErrReferenceNotFound), ErrNotFound) {
		t.Error("reference not found")
	}
}
