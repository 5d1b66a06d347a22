package apply

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fluxcd/cli-utils/pkg/kstatus/polling"
	"github.com/fluxcd/pkg/ssa"
	ssautils "github.com/fluxcd/pkg/ssa/utils"
	"k8s.io/apimachinery/pkg/api/meta"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/apiutil"
)

// Labels and annotations the engine reads or writes.
const (
	// OwnerLabel is stamped on every applied object; its value is the
	// inventory name. Prune deletes only objects that still carry it with
	// that value.
	OwnerLabel = "reconciler.isobar.dev/owner"
	// ForceAnnotation, set to "true" on a desired object, allows the engine
	// to delete and re-create the object when the API server rejects an
	// apply because an immutable field changed.
	ForceAnnotation = "isobar.dev/force"
	// InventoryLabel marks the Secrets holding inventories.
	InventoryLabel = "reconciler.isobar.dev/inventory"
	// InventorySecretType is the type of the inventory Secrets.
	InventorySecretType = "isobar.dev/inventory"

	// labelManagedBy and managedBy are render's (render.LabelManagedBy),
	// put on the inventory Secret and namespace.
	labelManagedBy = "app.kubernetes.io/managed-by"
	managedBy      = "isobar"
)

// Mode says what Apply does about drift.
type Mode string

const (
	// ModeCorrect re-applies objects that drifted from the desired state.
	ModeCorrect Mode = "correct"
	// ModeDetect applies changes of the desired set (new, changed and
	// removed objects) but leaves objects that drifted in the cluster as
	// they are, reporting them in Result.Drift.
	ModeDetect Mode = "detect"
)

// Options configure an Engine. Zero fields take the values of
// DefaultOptions.
type Options struct {
	// FieldManager is the server-side apply field manager; default "isobar".
	FieldManager string
	// InventoryNamespace holds the inventory Secret; default "isobar-system".
	// The engine creates the namespace when it is missing (and never
	// prunes it).
	InventoryNamespace string
	// InventoryName names the inventory Secret and is the value of
	// OwnerLabel on every applied object; default "isobar-inventory". It
	// must be a valid label value, and unique per cluster among engines.
	InventoryName string
	// Mode is ModeCorrect (default) or ModeDetect.
	Mode Mode
	// MaxPruneFraction is the share of the inventory a single Apply may
	// prune; default 0.5. A prune of more than that share, or of every
	// object of a non-empty inventory, is refused with a
	// *MassDeletionError unless AllowMassDeletion is set.
	MaxPruneFraction float64
	// AllowMassDeletion lifts the mass-deletion guard.
	AllowMassDeletion bool
	// Concurrency bounds the requests in flight (applies, lists, deletes,
	// dry-runs); default 16.
	Concurrency int
	// HealthTimeout bounds the wait, after apply and prune, for the applied
	// objects (and those not yet seen ready) to become Current in kstatus'
	// terms; default 2m.
	HealthTimeout time.Duration
	// HealthInterval is the kstatus polling interval; default 1s.
	HealthInterval time.Duration
	// SkipHealthCheck disables the health wait (objects are then recorded
	// as not known to be ready).
	SkipHealthCheck bool
	// StageTimeout bounds the wait for the first stage (CRDs, Namespaces,
	// ClusterRoles, classes) to become Current before the rest is applied;
	// default 1m.
	StageTimeout time.Duration
	// ForceTimeout bounds the wait for an object deleted for re-creation
	// to be gone; default 1m.
	ForceTimeout time.Duration
	// QPS and Burst are the client-side rate limits New sets when the
	// rest.Config has none (QPS 0 and no RateLimiter); defaults 500 and
	// 1000. A rest.Config with its own limits keeps them.
	QPS   float32
	Burst int
	// Logger receives structured logs (object identities and actions,
	// never object contents); default discards.
	Logger *slog.Logger
}

// DefaultOptions returns the options an Engine uses for zero fields.
func DefaultOptions() Options {
	return Options{
		FieldManager:       "isobar",
		InventoryNamespace: "isobar-system",
		InventoryName:      "isobar-inventory",
		Mode:               ModeCorrect,
		MaxPruneFraction:   0.5,
		Concurrency:        16,
		HealthTimeout:      2 * time.Minute,
		HealthInterval:     time.Second,
		StageTimeout:       time.Minute,
		ForceTimeout:       time.Minute,
		QPS:                500,
		Burst:              1000,
		Logger:             slog.New(slog.DiscardHandler),
	}
}

// withDefaults fills the zero fields from DefaultOptions.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.FieldManager == "" {
		o.FieldManager = d.FieldManager
	}
	if o.InventoryNamespace == "" {
		o.InventoryNamespace = d.InventoryNamespace
	}
	if o.InventoryName == "" {
		o.InventoryName = d.InventoryName
	}
	if o.Mode == "" {
		o.Mode = d.Mode
	}
	if o.MaxPruneFraction == 0 {
		o.MaxPruneFraction = d.MaxPruneFraction
	}
	if o.Concurrency <= 0 {
		o.Concurrency = d.Concurrency
	}
	if o.HealthTimeout <= 0 {
		o.HealthTimeout = d.HealthTimeout
	}
	if o.HealthInterval <= 0 {
		o.HealthInterval = d.HealthInterval
	}
	if o.StageTimeout <= 0 {
		o.StageTimeout = d.StageTimeout
	}
	if o.ForceTimeout <= 0 {
		o.ForceTimeout = d.ForceTimeout
	}
	if o.QPS == 0 {
		o.QPS = d.QPS
	}
	if o.Burst == 0 {
		o.Burst = d.Burst
	}
	if o.Logger == nil {
		o.Logger = d.Logger
	}
	return o
}

func (o Options) validate() error {
	if o.Mode != ModeCorrect && o.Mode != ModeDetect {
		return fmt.Errorf("apply: unknown mode %q (want %q or %q)", o.Mode, ModeCorrect, ModeDetect)
	}
	if o.MaxPruneFraction < 0 || o.MaxPruneFraction > 1 {
		return fmt.Errorf("apply: MaxPruneFraction %v is not within (0, 1]", o.MaxPruneFraction)
	}
	if errs := validation.IsValidLabelValue(o.InventoryName); len(errs) > 0 {
		return fmt.Errorf("apply: inventory name %q is not a valid label value: %s", o.InventoryName, strings.Join(errs, "; "))
	}
	if errs := validation.IsDNS1123Subdomain(o.InventoryName); len(errs) > 0 {
		return fmt.Errorf("apply: inventory name %q is not a valid Secret name: %s", o.InventoryName, strings.Join(errs, "; "))
	}
	if errs := validation.IsDNS1123Label(o.InventoryNamespace); len(errs) > 0 {
		return fmt.Errorf("apply: inventory namespace %q is not a valid namespace name: %s", o.InventoryNamespace, strings.Join(errs, "; "))
	}
	return nil
}

// Desired is what one cluster must run.
type Desired struct {
	// Objects is the complete set: objects in the inventory but not here
	// are pruned. The engine never modifies them.
	Objects []*unstructured.Unstructured
	// Revision is the source (git) revision the set was rendered from.
	Revision string
	// Digest is the digest of the bundle the set was read from.
	Digest string
	// PlanDigest is the digest of the plan the set was rendered from.
	PlanDigest string
	// UnguardedPruneFrom, when set, is the digest of a bundle whose extra
	// objects this apply prunes as intended: when the inventory records
	// that bundle as the last applied, the mass-deletion guard is lifted
	// for this apply (a survivor leaving its contingency bundle on
	// failback prunes what it absorbed, however much).
	UnguardedPruneFrom string
}

// Engine applies desired object sets to one cluster and prunes what it
// applied before and is no longer desired. Its methods are safe for
// concurrent use; cycles (Apply, Drift) run one at a time.
type Engine struct {
	opts   Options
	client client.Client
	mapper meta.RESTMapper
	ssa    *ssa.ResourceManager
	poller *polling.StatusPoller
	log    *slog.Logger

	mu sync.Mutex // held for a whole cycle
	// cache is the inventory last read or written, reused while the
	// Secret's resourceVersion is unchanged.
	cache *inventory
	hooks hooks
}

// hooks let tests interrupt a cycle, simulating a crash.
type hooks struct {
	// afterPending runs after the pending inventory record is written.
	afterPending func(context.Context) error
	// afterApply runs after every object is applied, before prune.
	afterApply func(context.Context) error
}

// New returns an Engine talking to the cluster of cfg. When cfg sets no
// client-side rate limit, Options.QPS and Options.Burst apply.
func New(cfg *rest.Config, opts Options) (*Engine, error) {
	opts = opts.withDefaults()
	cfg = rest.CopyConfig(cfg)
	if cfg.QPS == 0 && cfg.RateLimiter == nil {
		cfg.QPS, cfg.Burst = opts.QPS, opts.Burst
	}
	httpClient, err := rest.HTTPClientFor(cfg)
	if err != nil {
		return nil, fmt.Errorf("apply: making an HTTP client: %w", err)
	}
	mapper, err := apiutil.NewDynamicRESTMapper(cfg, httpClient)
	if err != nil {
		return nil, fmt.Errorf("apply: making a REST mapper: %w", err)
	}
	c, err := client.New(cfg, client.Options{HTTPClient: httpClient, Mapper: mapper})
	if err != nil {
		return nil, fmt.Errorf("apply: making a client: %w", err)
	}
	return NewForClient(c, opts)
}

// NewForClient returns an Engine using c, which must read from the API
// server (not a cache) and know the core/v1 types; its RESTMapper must
// discover kinds added by CRDs (controller-runtime's default one does).
func NewForClient(c client.Client, opts Options) (*Engine, error) {
	opts = opts.withDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	if c == nil {
		return nil, errors.New("apply: nil client")
	}
	poller := polling.NewStatusPoller(c, c.RESTMapper(), polling.Options{})
	return &Engine{
		opts:   opts,
		client: c,
		mapper: c.RESTMapper(),
		ssa:    ssa.NewResourceManager(c, poller, ssa.Owner{Field: opts.FieldManager, Group: "reconciler.isobar.dev"}),
		poller: poller,
		log:    opts.Logger.With("inventory", opts.InventoryNamespace+"/"+opts.InventoryName),
	}, nil
}

// Options returns the engine's options, defaults filled in.
func (e *Engine) Options() Options {
	return e.opts
}

// ObjectRef identifies an object.
type ObjectRef struct {
	Group     string `json:"group,omitempty"`
	Version   string `json:"version"`
	Kind      string `json:"kind"`
	Namespace string `json:"namespace,omitempty"`
	Name      string `json:"name"`
}

// RefOf returns the identity of u.
func RefOf(u *unstructured.Unstructured) ObjectRef {
	gvk := u.GroupVersionKind()
	return ObjectRef{Group: gvk.Group, Version: gvk.Version, Kind: gvk.Kind, Namespace: u.GetNamespace(), Name: u.GetName()}
}

// String returns "Kind namespace/name", or "Kind name" when cluster-scoped.
func (r ObjectRef) String() string {
	if r.Namespace == "" {
		return r.Kind + " " + r.Name
	}
	return r.Kind + " " + r.Namespace + "/" + r.Name
}

// GroupVersionKind returns the object's group, version and kind.
func (r ObjectRef) GroupVersionKind() schema.GroupVersionKind {
	return schema.GroupVersionKind{Group: r.Group, Version: r.Version, Kind: r.Kind}
}

// key is an object's identity without its version: the same object served
// at two versions is one object.
type key struct{ group, kind, namespace, name string }

func (r ObjectRef) key() key { return key{r.Group, r.Kind, r.Namespace, r.Name} }

// compareRefs orders objects the way they are applied: by kind order (see
// ssa.ReconcileOrder), then group, kind, namespace and name.
func compareRefs(a, b ObjectRef) int {
	ga, gb := schema.GroupKind{Group: a.Group, Kind: a.Kind}, schema.GroupKind{Group: b.Group, Kind: b.Kind}
	if ga != gb {
		if ssa.IsLessThan(ga, gb) {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.Namespace, b.Namespace); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

// kindRank is the position of kind in ssa.ReconcileOrder: negative for the
// kinds applied first, 0 for the others, positive for those applied last.
// Objects of one rank are applied concurrently, ranks one after another.
func kindRank(kind string) int {
	if i := slices.Index(ssa.ReconcileOrder.First, kind); i >= 0 {
		return i - len(ssa.ReconcileOrder.First)
	}
	if i := slices.Index(ssa.ReconcileOrder.Last, kind); i >= 0 {
		return i + 1
	}
	return 0
}

// object is a desired object prepared for apply.
type object struct {
	ref ObjectRef
	key key
	// obj carries the owner label; it is copied before each request.
	obj   *unstructured.Unstructured
	hash  string
	rank  int
	stage int // 0: definitions (CRDs, Namespaces, ClusterRoles, classes); 1: the rest
	force bool
	// reapply: applied before with the same content, so a change the
	// apply makes corrects drift.
	reapply bool
}

// serverFields are metadata fields the API server sets; desired objects
// carrying them (copied from a live object) would fail to apply.
var serverFields = []string{"resourceVersion", "uid", "creationTimestamp", "generation", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds"}

// prepare validates the desired objects and returns copies carrying the
// owner label, sorted in apply order.
func (e *Engine) prepare(d Desired) ([]*object, map[key]*object, error) {
	objs := make([]*object, 0, len(d.Objects))
	byKey := make(map[key]*object, len(d.Objects))
	var errs []error
	for i, u := range d.Objects {
		if u == nil {
			errs = append(errs, fmt.Errorf("object #%d is nil", i))
			continue
		}
		ref := RefOf(u)
		if u.GetAPIVersion() == "" || ref.Kind == "" || ref.Name == "" {
			errs = append(errs, fmt.Errorf("object #%d (apiVersion %q, kind %q, name %q): apiVersion, kind and metadata.name are required",
				i, u.GetAPIVersion(), ref.Kind, ref.Name))
			continue
		}
		if _, err := schema.ParseGroupVersion(u.GetAPIVersion()); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", ref, err))
			continue
		}
		if strings.HasSuffix(ref.Kind, "List") && u.IsList() {
			errs = append(errs, fmt.Errorf("%s: lists are not objects; pass their items", ref))
			continue
		}
		k := ref.key()
		if prev, ok := byKey[k]; ok {
			errs = append(errs, fmt.Errorf("%s: duplicate object (also as %s)", ref, prev.ref.GroupVersionKind().GroupVersion()))
			continue
		}
		c := u.DeepCopy()
		for _, f := range serverFields {
			unstructured.RemoveNestedField(c.Object, "metadata", f)
		}
		unstructured.RemoveNestedField(c.Object, "status")
		labels := c.GetLabels()
		if labels == nil {
			labels = map[string]string{}
		}
		labels[OwnerLabel] = e.opts.InventoryName
		c.SetLabels(labels)
		b, err := json.Marshal(c.Object)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: encoding: %w", ref, err))
			continue
		}
		sum := sha256.Sum256(b)
		o := &object{
			ref: ref, key: k, obj: c,
			hash:  hex.EncodeToString(sum[:16]),
			rank:  kindRank(ref.Kind),
			stage: 1,
			force: c.GetAnnotations()[ForceAnnotation] == "true",
		}
		if ssautils.IsClusterDefinition(c) || ssautils.IsClassDefinition(c) {
			o.stage = 0
		}
		byKey[k] = o
		objs = append(objs, o)
	}
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("apply: invalid desired set: %w", errors.Join(errs...))
	}
	slices.SortFunc(objs, func(a, b *object) int { return compareRefs(a.ref, b.ref) })
	return objs, byKey, nil
}

// forEach calls fn for every index in [0, n), at most limit at a time, and
// returns each call's error at its index. Once ctx is done, the calls not
// yet started fail with its error.
func forEach(ctx context.Context, n, limit int, fn func(ctx context.Context, i int) error) []error {
	errs := make([]error, n)
	sem := make(chan struct{}, max(limit, 1))
	var wg sync.WaitGroup
	for i := range n {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			errs[i] = ctx.Err()
			continue
		}
		wg.Go(func() {
			defer func() { <-sem }()
			errs[i] = fn(ctx, i)
		})
	}
	wg.Wait()
	return errs
}
