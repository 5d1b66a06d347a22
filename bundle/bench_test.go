package bundle

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/crane"
)

// benchObjects generates n small, realistic objects for a cluster, one per
// file as the renderer writes them: Deployments, Services and ConfigMaps
// spread over a few namespaces.
func benchObjects(cluster string, n int) map[string][]byte {
	namespaces := []string{"shop", "payments", "search", "monitoring"}
	files := make(map[string][]byte, n)
	for i := range n {
		ns := namespaces[i%len(namespaces)]
		app := fmt.Sprintf("svc-%04d", i/3)
		var kind, body string
		switch i % 3 {
		case 0:
			kind = "Deployment"
			body = fmt.Sprintf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: %[1]s
  namespace: %[2]s
  labels:
    app.kubernetes.io/name: %[1]s
    app.kubernetes.io/managed-by: isobar
    isobar.dev/cluster: %[3]s
spec:
  replicas: %[4]d
  selector:
    matchLabels:
      app.kubernetes.io/name: %[1]s
  template:
    metadata:
      labels:
        app.kubernetes.io/name: %[1]s
    spec:
      containers:
        - name: app
          image: registry.example/%[2]s/%[1]s:1.%[4]d.0
          ports:
            - containerPort: 8080
          envFrom:
            - configMapRef:
                name: %[1]s
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
`, app, ns, cluster, 1+i%5)
		case 1:
			kind = "Service"
			body = fmt.Sprintf(`apiVersion: v1
kind: Service
metadata:
  name: %[1]s
  namespace: %[2]s
  labels:
    app.kubernetes.io/name: %[1]s
spec:
  selector:
    app.kubernetes.io/name: %[1]s
  ports:
    - name: http
      port: 80
      targetPort: 8080
`, app, ns)
		default:
			kind = "ConfigMap"
			body = fmt.Sprintf(`apiVersion: v1
kind: ConfigMap
metadata:
  name: %[1]s
  namespace: %[2]s
data:
  CLUSTER: %[3]s
  LOG_LEVEL: info
  FEATURE_FLAGS: "checkout-v2,search-boost"
`, app, ns, cluster)
		}
		files[fmt.Sprintf("%s/%s-%s-%s.yaml", ns, kind, ns, app)] = []byte(body)
	}
	return files
}

// BenchmarkPublish publishes 3 bundles of 1,000 objects each (build, push,
// sign; the key is loaded once per publication run, as `isobar` does) to
// an in-process registry. Beside it, the baseline does what a shell script
// would: crane.Push of the same files as a plain tar layer image, then the
// upstream `cosign sign --key … --tlog-upload=false -y` per bundle (skipped
// with a message when the CLI is not built). Every iteration publishes a new
// revision (one ConfigMap changes), so nothing is deduplicated away.
//
//	go test ./bundle -run '^$' -bench BenchmarkPublish -benchtime 5x
func BenchmarkPublish(b *testing.B) {
	tr := newTestRegistry(b)
	keys, err := makeKeys(filepath.Join(b.TempDir(), "keys"))
	if err != nil {
		b.Fatal(err)
	}
	keyFile := filepath.Join(keys.dir, "cosign.key")
	clusters := []string{"eu-1", "eu-2", "us-1"}
	content := map[string]map[string][]byte{}
	for _, c := range clusters {
		content[c] = benchObjects(c, 1000)
	}
	allowed := []string{"shop", "payments", "search", "monitoring"}

	cli := ""
	if p, ok := findCosign(b); ok {
		cli = p
	} else {
		b.Logf("baseline skipped: the cosign CLI is not built at %s (run hack/build-cosign.sh or set ISOBAR_COSIGN)", p)
	}
	env := cosignEnv(b)

	var isobarTotal, baselineTotal time.Duration
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		rev := fmt.Sprintf("%040x", 0xb0b0000+i)
		for _, c := range clusters {
			content[c]["monitoring/ConfigMap-monitoring-isobar-revision.yaml"] = []byte(
				"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: isobar-revision\n  namespace: monitoring\ndata:\n  REVISION: \"" + rev + "\"\n")
		}

		// isobar: the library, end to end.
		start := time.Now()
		key, err := ReadPrivateKeyFile(keyFile, []byte(testPassword))
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range clusters {
			md := Metadata{Cluster: c, Jurisdiction: "EU", PlanDigest: "sha256:" + rev, Source: "https://git.example/isobar/fleet",
				Revision: rev, Created: created, AllowedNamespaces: allowed}
			bun, err := Build(content[c], md)
			if err != nil {
				b.Fatal(err)
			}
			d, err := Push(ctx, bun, tr.repo("isobar/"+c)+":"+Tag(md), WithInsecure())
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Sign(ctx, d.String(), key, WithInsecure()); err != nil {
				b.Fatal(err)
			}
		}
		isobarTotal += time.Since(start)

		// Baseline: crane.Push of a plain tar layer image + the cosign CLI.
		if cli == "" {
			continue
		}
		start = time.Now()
		for _, c := range clusters {
			img, err := crane.Image(content[c])
			if err != nil {
				b.Fatal(err)
			}
			ref := tr.repo("baseline/"+c) + ":" + c + "-" + rev
			if err := crane.Push(img, ref, crane.Insecure); err != nil {
				b.Fatal(err)
			}
			dg, err := img.Digest()
			if err != nil {
				b.Fatal(err)
			}
			cmd := exec.Command(cli, "sign", "--key", keyFile, "--tlog-upload=false", "-y", "--allow-insecure-registry",
				tr.repo("baseline/"+c)+"@"+dg.String())
			cmd.Env = env
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Run(); err != nil {
				b.Fatalf("cosign sign: %v\n%s", err, out.String())
			}
		}
		baselineTotal += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(isobarTotal.Seconds()/n, "isobar-s/op")
	if cli != "" {
		b.ReportMetric(baselineTotal.Seconds()/n, "baseline-s/op")
		b.ReportMetric(isobarTotal.Seconds()/baselineTotal.Seconds(), "isobar/baseline")
	}
}
