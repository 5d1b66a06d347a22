package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	const stream = `{"Action":"run","Package":"p/a","Test":"TestOK"}
{"Action":"output","Package":"p/a","Test":"TestOK","Output":"=== RUN   TestOK\n"}
{"Action":"pass","Package":"p/a","Test":"TestOK","Elapsed":0.1}
{"Action":"run","Package":"p/a","Test":"TestKube"}
{"Action":"output","Package":"p/a","Test":"TestKube","Output":"    cluster_test.go:12: kubernetes binaries missing; build them with hack/build-kube.sh\n"}
{"Action":"output","Package":"p/a","Test":"TestKube","Output":"--- SKIP: TestKube (0.00s)\n"}
{"Action":"skip","Package":"p/a","Test":"TestKube","Elapsed":0}
{"Action":"pass","Package":"p/a","Elapsed":0.5}
{"Action":"run","Package":"p/b","Test":"TestBad"}
{"Action":"output","Package":"p/b","Test":"TestBad","Output":"    b_test.go:7: got 1, want 2\n"}
{"Action":"fail","Package":"p/b","Test":"TestBad","Elapsed":0}
{"Action":"fail","Package":"p/b","Elapsed":0.2}
`
	var out strings.Builder
	code := run(strings.NewReader(stream), &out)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (a test failed)", code)
	}
	for _, want := range []string{
		"ok  \tp/a\t0.500s",
		"b_test.go:7: got 1, want 2",
		"FAIL\tp/b",
		"1 tests skipped:\n- kubernetes binaries missing; build them with hack/build-kube.sh\n  p/a.TestKube",
		"\n1 passed, 1 failed, 1 skipped\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunNoTests(t *testing.T) {
	var out strings.Builder
	if code := run(strings.NewReader(`{"Action":"skip","Package":"p/c"}`+"\n"), &out); code != 1 {
		t.Errorf("exit code %d with no test run, want 1", code)
	}
	if !strings.Contains(out.String(), "no test ran") {
		t.Errorf("output lacks 'no test ran':\n%s", out.String())
	}
}
