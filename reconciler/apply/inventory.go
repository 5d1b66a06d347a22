package apply

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// Inventory Secret keys. The Secret's data holds:
//
//	format      "isobar.dev/inventory/v1"
//	phase       "Pending" or "Applied"
//	revision    source revision of the cycle that wrote the record
//	digest      bundle digest of that cycle's desired set
//	planDigest  plan digest of that cycle's desired set
//	updated     RFC 3339 time of the write
//	entries     one JSON object per line, in apply order, e.g.
//	            {"g":"apps","v":"v1","k":"Deployment","ns":"shop","n":"web","h":"9f…","rv":"4711","gen":3,"ready":true}
//	entries.gz  the same, gzip-compressed, instead of entries when the
//	            plain form exceeds 512 KiB
//
// The record is written only when the cluster changed (entries or phase),
// so its provenance is that of the last cycle that changed the cluster:
// a later revision whose set is the same writes nothing.
const (
	inventoryFormat = "isobar.dev/inventory/v1"
	keyFormat       = "format"
	keyPhase        = "phase"
	keyRevision     = "revision"
	keyDigest       = "digest"
	keyPlanDigest   = "planDigest"
	keyUpdated      = "updated"
	keyEntries      = "entries"
	keyEntriesGzip  = "entries.gz"
	gzipThreshold   = 512 << 10
)

// Phase is the state of an inventory record.
type Phase string

const (
	// PhasePending means a cycle is (or was, if it crashed) under way; the
	// entries are a superset of what may exist: the previous set plus the
	// desired one. The next cycle prunes what is not desired.
	PhasePending Phase = "Pending"
	// PhaseApplied means the entries are exactly the last desired set.
	PhaseApplied Phase = "Applied"
)

// entry is one object of an inventory, with what the fast path needs.
type entry struct {
	Group     string `json:"g,omitempty"`
	Version   string `json:"v"`
	Kind      string `json:"k"`
	Namespace string `json:"ns,omitempty"`
	Name      string `json:"n"`
	// Hash is the content hash of the desired object last applied; empty
	// when the object was listed (pending) but not applied yet.
	Hash string `json:"h,omitempty"`
	// ResourceVersion and Generation are the live object's after the last
	// apply (or the last check that found it unchanged).
	ResourceVersion string `json:"rv,omitempty"`
	Generation      int64  `json:"gen,omitempty"`
	// Ready: kstatus saw the object Current after its last apply.
	Ready bool `json:"ready,omitempty"`
	// Adopted: the object (a Namespace) existed before the engine first
	// applied it, so prune leaves it in place.
	Adopted bool `json:"adopted,omitempty"`
}

func (en entry) ref() ObjectRef {
	return ObjectRef{Group: en.Group, Version: en.Version, Kind: en.Kind, Namespace: en.Namespace, Name: en.Name}
}

func entryFor(ref ObjectRef) entry {
	return entry{Group: ref.Group, Version: ref.Version, Kind: ref.Kind, Namespace: ref.Namespace, Name: ref.Name}
}

// inventory is a decoded inventory record.
type inventory struct {
	phase      Phase
	revision   string
	digest     string
	planDigest string
	entries    map[key]entry
	// secretRV is the resourceVersion of the Secret it was read from or
	// written to; empty when the Secret does not exist.
	secretRV string
}

func (inv *inventory) clone() *inventory {
	c := *inv
	c.entries = maps.Clone(inv.entries)
	if c.entries == nil {
		c.entries = map[key]entry{}
	}
	return &c
}

// sameContent reports whether a and b record the same state of the
// cluster: phase and entries. Their provenance (revision, digest, plan
// digest) aside: a new revision that changes nothing in the cluster is no
// reason to write the record, which keeps naming the revision whose cycle
// last changed it.
func (inv *inventory) sameContent(o *inventory) bool {
	return inv.phase == o.phase && maps.Equal(inv.entries, o.entries)
}

// observe records the live resourceVersion and generation of objects a
// dry-run found in sync, so that the fast path skips them.
func (inv *inventory) observe(observed map[key]liveMeta) {
	for k, lm := range observed {
		if en, ok := inv.entries[k]; ok {
			en.ResourceVersion, en.Generation = lm.rv, lm.generation
			inv.entries[k] = en
		}
	}
}

// remember records observed in the cached record only, when it is still
// the one saved: an object someone else wrote without touching isobar's
// fields costs this engine one dry-run, not a write of the inventory
// Secret; the record gets the new resourceVersions with its next change.
// (A new process checks such objects again by dry-run until then.)
func (e *Engine) remember(saved *inventory, observed map[key]liveMeta) {
	if len(observed) == 0 || e.cache == nil || e.cache.secretRV != saved.secretRV {
		return
	}
	e.cache.observe(observed)
}

// InventoryConflictError reports that the inventory Secret changed between
// the engine's read and its write: another engine (or a person) is
// working on the same inventory. Nothing is lost; the next cycle starts
// from the new record.
type InventoryConflictError struct {
	Namespace, Name string
	Err             error
}

func (e *InventoryConflictError) Error() string {
	return fmt.Sprintf("Secret %s/%s (inventory) changed concurrently, is another reconciler running? %v", e.Namespace, e.Name, e.Err)
}

func (e *InventoryConflictError) Unwrap() error { return e.Err }

func (e *Engine) inventoryRef() string {
	return "Secret " + e.opts.InventoryNamespace + "/" + e.opts.InventoryName
}

// loadInventory reads the inventory. A metadata-only GET tells whether the
// cached record is current, so a cycle that changes nothing does not
// transfer the entries.
func (e *Engine) loadInventory(ctx context.Context) (*inventory, error) {
	nn := client.ObjectKey{Namespace: e.opts.InventoryNamespace, Name: e.opts.InventoryName}
	m := &metav1.PartialObjectMetadata{}
	m.SetGroupVersionKind(corev1.SchemeGroupVersion.WithKind("Secret"))
	if err := e.client.Get(ctx, nn, m); err != nil {
		if apierrors.IsNotFound(err) {
			return &inventory{entries: map[key]entry{}}, nil
		}
		return nil, fmt.Errorf("%s (inventory) read failed: %w", e.inventoryRef(), err)
	}
	if e.cache != nil && e.cache.secretRV == m.GetResourceVersion() {
		return e.cache.clone(), nil
	}
	s := &corev1.Secret{}
	if err := e.client.Get(ctx, nn, s); err != nil {
		return nil, fmt.Errorf("%s (inventory) read failed: %w", e.inventoryRef(), err)
	}
	inv, err := decodeInventory(s)
	if err != nil {
		return nil, fmt.Errorf("%s (inventory) is invalid: %w", e.inventoryRef(), err)
	}
	e.cache = inv.clone()
	return inv, nil
}

func decodeInventory(s *corev1.Secret) (*inventory, error) {
	if f := string(s.Data[keyFormat]); f != inventoryFormat {
		return nil, fmt.Errorf("format %q, want %q", f, inventoryFormat)
	}
	inv := &inventory{
		phase:      Phase(s.Data[keyPhase]),
		revision:   string(s.Data[keyRevision]),
		digest:     string(s.Data[keyDigest]),
		planDigest: string(s.Data[keyPlanDigest]),
		entries:    map[key]entry{},
		secretRV:   s.ResourceVersion,
	}
	if inv.phase != PhasePending && inv.phase != PhaseApplied {
		return nil, fmt.Errorf("unknown phase %q", inv.phase)
	}
	raw := s.Data[keyEntries]
	if z, ok := s.Data[keyEntriesGzip]; ok {
		zr, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", keyEntriesGzip, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s: %w", keyEntriesGzip, err)
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var en entry
		if err := json.Unmarshal(sc.Bytes(), &en); err != nil {
			return nil, fmt.Errorf("entry %d: %w", line, err)
		}
		if en.Kind == "" || en.Name == "" || en.Version == "" {
			return nil, fmt.Errorf("entry %d: version, kind and name are required", line)
		}
		inv.entries[en.ref().key()] = en
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entries: %w", err)
	}
	return inv, nil
}

// encode returns the Secret data of inv.
func (inv *inventory) encode() (map[string][]byte, error) {
	raw, err := encodeEntries(inv.entries)
	if err != nil {
		return nil, err
	}
	data := map[string][]byte{
		keyFormat:     []byte(inventoryFormat),
		keyPhase:      []byte(inv.phase),
		keyRevision:   []byte(inv.revision),
		keyDigest:     []byte(inv.digest),
		keyPlanDigest: []byte(inv.planDigest),
		keyUpdated:    []byte(time.Now().UTC().Format(time.RFC3339)),
	}
	if len(raw) <= gzipThreshold {
		data[keyEntries] = raw
		return data, nil
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	data[keyEntriesGzip] = z.Bytes()
	return data, nil
}

func encodeEntries(entries map[key]entry) ([]byte, error) {
	list := slices.SortedFunc(maps.Values(entries), func(a, b entry) int { return compareRefs(a.ref(), b.ref()) })
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, en := range list {
		if err := enc.Encode(en); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// saveInventory writes inv, creating the Secret (and its namespace) when
// missing, or updating it only if it is still the version read (a
// conflict returns an *InventoryConflictError).
func (e *Engine) saveInventory(ctx context.Context, inv *inventory) error {
	data, err := inv.encode()
	if err != nil {
		return fmt.Errorf("%s (inventory) encoding failed: %w", e.inventoryRef(), err)
	}
	s := &corev1.Secret{
		ObjectMeta: metav1.ObjectMeta{
			Name: e.opts.InventoryName, Namespace: e.opts.InventoryNamespace,
			Labels:          map[string]string{labelManagedBy: managedBy, InventoryLabel: "true"},
			ResourceVersion: inv.secretRV,
		},
		Type: InventorySecretType,
		Data: data,
	}
	if inv.secretRV == "" {
		err = e.client.Create(ctx, s, client.FieldOwner(e.opts.FieldManager))
		if apierrors.IsNotFound(err) {
			if err = e.ensureInventoryNamespace(ctx); err == nil {
				s.ResourceVersion = ""
				err = e.client.Create(ctx, s, client.FieldOwner(e.opts.FieldManager))
			}
		}
	} else {
		err = e.client.Update(ctx, s, client.FieldOwner(e.opts.FieldManager))
	}
	switch {
	case apierrors.IsConflict(err) || apierrors.IsAlreadyExists(err):
		e.cache = nil
		return &InventoryConflictError{Namespace: e.opts.InventoryNamespace, Name: e.opts.InventoryName, Err: err}
	case err != nil:
		e.cache = nil
		return fmt.Errorf("%s (inventory) write failed: %w", e.inventoryRef(), err)
	}
	inv.secretRV = s.ResourceVersion
	e.cache = inv.clone()
	e.log.Debug("inventory written", "phase", inv.phase, "objects", len(inv.entries))
	return nil
}

func (e *Engine) ensureInventoryNamespace(ctx context.Context) error {
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{
		Name:   e.opts.InventoryNamespace,
		Labels: map[string]string{labelManagedBy: managedBy},
	}}
	err := e.client.Create(ctx, ns, client.FieldOwner(e.opts.FieldManager))
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return fmt.Errorf("%s (inventory namespace) create failed: %w", "Namespace "+e.opts.InventoryNamespace, err)
	}
	return nil
}
