package render

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

const (
	capacitySpot     = "spot"
	capacityOnDemand = "on-demand"
	// SpotSuffix names the Deployment of a service's spot replicas.
	SpotSuffix = "-spot"
)

// Annotations of a service's on-demand Deployment when the service has
// spot replicas in the cluster: what the reconciler may add to it while
// the spot capacity is reclaimed (see docs/reconciler.md, "Spot reclaim").
// The on-demand Deployment is rendered then even with no on-demand
// replica, so that stand-ins have somewhere to run.
const (
	// AnnotationSpotStandIns is how many on-demand replicas the budgets
	// pay for in place of reclaimed spot replicas.
	AnnotationSpotStandIns = "isobar.dev/spot-stand-ins"
	// AnnotationSpotStandInCost is the extra monthly cost in USD of one
	// stand-in: its on-demand price less its spot price.
	AnnotationSpotStandInCost = "isobar.dev/spot-stand-in-monthly-usd"
	// AnnotationSpotStandInLimit names the budget that pays for fewer
	// stand-ins than spot replicas, when one does.
	AnnotationSpotStandInLimit = "isobar.dev/spot-stand-in-limit"
)

// placement renders one workload's replicas in this cluster.
func (r *renderer) placement(p planner.Placement) error {
	w := r.in.Workloads[p.Workload]
	if w.Name == "" {
		w.Name = p.Workload
	}
	onDemand, spot := p.Replicas-p.SpotReplicas, p.SpotReplicas
	if onDemand < 0 || spot < 0 {
		return fmt.Errorf("plan gives %d replicas of which %d on spot", p.Replicas, p.SpotReplicas)
	}
	var objs []any
	var custom []*object // rendered as unstructured objects
	objs = append(objs, r.serviceAccount(&w))
	switch w.Kind {
	case schema.KindJob, schema.KindCronJob:
		// A batch run is one unit: the plan's replicas are its parallelism,
		// on spot capacity only if all of them are.
		tmpl, err := r.podTemplate(&w, spot > 0 && onDemand == 0)
		if err != nil {
			return err
		}
		tmpl.Spec.RestartPolicy = corev1.RestartPolicyOnFailure
		if w.Kind == schema.KindJob {
			objs = append(objs, r.job(&w, p.Replicas, tmpl))
		} else {
			objs = append(objs, r.cronJob(&w, p.Replicas, tmpl))
		}
	default:
		targets := r.scaleTargets(&w, p)
		if targets != nil {
			typed, scaled, err := r.scaledService(&w, p, targets)
			if err != nil {
				return err
			}
			objs = append(objs, typed...)
			custom = scaled
		} else {
			if onDemand > 0 || spot > 0 {
				tmpl, err := r.podTemplate(&w, false)
				if err != nil {
					return err
				}
				d := r.deployment(&w, w.Name, onDemand, tmpl)
				if spot > 0 {
					d.Annotations = r.standInAnnotations(p.Workload)
				}
				objs = append(objs, d)
			}
			if spot > 0 {
				tmpl, err := r.podTemplate(&w, true)
				if err != nil {
					return err
				}
				objs = append(objs, r.deployment(&w, w.Name+SpotSuffix, spot, tmpl))
			}
		}
		if svc := r.service(&w); svc != nil {
			objs = append(objs, svc)
		}
		if p.Replicas > 1 {
			objs = append(objs, r.disruptionBudget(&w))
		}
		if w.Autoscaling != nil && targets == nil {
			target, replicas := w.Name, onDemand
			if onDemand == 0 {
				target, replicas = w.Name+SpotSuffix, spot
			}
			objs = append(objs, r.autoscaler(&w, target, replicas, p.Replicas))
		}
	}
	rendered := make([]*object, 0, len(objs)+len(w.Objects))
	for _, o := range objs {
		u, err := toObject(o)
		if err != nil {
			return err
		}
		rendered = append(rendered, u)
	}
	rendered = append(rendered, custom...)
	rendered = append(rendered, r.rawObjects(&w)...)
	r.applyPatches(&w, rendered)
	for _, o := range rendered {
		if o.broken {
			continue // its problems are recorded
		}
		r.stamp(&w, o)
		r.add(&w, o)
	}
	return nil
}

// standInAnnotations say how many on-demand stand-ins the budgets pay for
// (none when the render knows no prices, as Check's does not).
func (r *renderer) standInAnnotations(workload string) map[string]string {
	s := r.standIns[workload]
	ann := map[string]string{
		AnnotationSpotStandIns:    strconv.Itoa(s.Replicas),
		AnnotationSpotStandInCost: strconv.FormatFloat(s.MonthlyUSD, 'f', 2, 64),
	}
	if s.Limit != "" {
		ann[AnnotationSpotStandInLimit] = s.Limit
	}
	return ann
}

// meta is the metadata of an object rendered for a workload; stamp adds the
// compliance labels and annotations later, to raw objects too.
func (r *renderer) meta(w *schema.Workload, name string) metav1.ObjectMeta {
	return metav1.ObjectMeta{Name: name, Namespace: w.Namespace}
}

// selector selects a workload's pods, and with capacity one Deployment's.
func selector(w *schema.Workload, capacity string) map[string]string {
	s := map[string]string{LabelWorkload: w.Name}
	if capacity != "" {
		s[LabelCapacity] = capacity
	}
	return s
}

func (r *renderer) serviceAccount(w *schema.Workload) *corev1.ServiceAccount {
	no := false
	return &corev1.ServiceAccount{
		TypeMeta:                     metav1.TypeMeta{APIVersion: "v1", Kind: "ServiceAccount"},
		ObjectMeta:                   r.meta(w, w.Name),
		AutomountServiceAccountToken: &no,
	}
}

func (r *renderer) deployment(w *schema.Workload, name string, replicas int, tmpl corev1.PodTemplateSpec) *appsv1.Deployment {
	n := int32(replicas)
	capacity := tmpl.Labels[LabelCapacity]
	return &appsv1.Deployment{
		TypeMeta:   metav1.TypeMeta{APIVersion: "apps/v1", Kind: "Deployment"},
		ObjectMeta: r.meta(w, name),
		Spec: appsv1.DeploymentSpec{
			Replicas: &n,
			Selector: &metav1.LabelSelector{MatchLabels: selector(w, capacity)},
			Template: tmpl,
		},
	}
}

func (r *renderer) job(w *schema.Workload, replicas int, tmpl corev1.PodTemplateSpec) *batchv1.Job {
	return &batchv1.Job{
		TypeMeta:   metav1.TypeMeta{APIVersion: "batch/v1", Kind: "Job"},
		ObjectMeta: r.meta(w, w.Name),
		Spec:       jobSpec(replicas, tmpl),
	}
}

func (r *renderer) cronJob(w *schema.Workload, replicas int, tmpl corev1.PodTemplateSpec) *batchv1.CronJob {
	return &batchv1.CronJob{
		TypeMeta:   metav1.TypeMeta{APIVersion: "batch/v1", Kind: "CronJob"},
		ObjectMeta: r.meta(w, w.Name),
		Spec: batchv1.CronJobSpec{
			Schedule:          w.Schedule,
			ConcurrencyPolicy: batchv1.ForbidConcurrent,
			JobTemplate:       batchv1.JobTemplateSpec{Spec: jobSpec(replicas, tmpl)},
		},
	}
}

func jobSpec(replicas int, tmpl corev1.PodTemplateSpec) batchv1.JobSpec {
	n := int32(replicas)
	return batchv1.JobSpec{Parallelism: &n, Completions: &n, Template: tmpl}
}

// service exposes a service's ports: a LoadBalancer with the cloud's
// annotations when one is public, a ClusterIP otherwise. Nil without ports.
func (r *renderer) service(w *schema.Workload) *corev1.Service {
	if len(w.Ports) == 0 {
		return nil
	}
	svc := &corev1.Service{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Service"},
		ObjectMeta: r.meta(w, w.Name),
		Spec:       corev1.ServiceSpec{Type: corev1.ServiceTypeClusterIP, Selector: selector(w, "")},
	}
	public := false
	for _, name := range slices.Sorted(maps.Keys(w.Ports)) {
		p := w.Ports[name]
		public = public || p.Public
		svc.Spec.Ports = append(svc.Spec.Ports, corev1.ServicePort{
			Name:       name,
			Protocol:   protocol(p.Protocol),
			Port:       int32(p.Port),
			TargetPort: intstr.FromString(name),
		})
	}
	if public {
		svc.Spec.Type = corev1.ServiceTypeLoadBalancer
		policy := corev1.ServiceExternalTrafficPolicyLocal
		svc.Spec.ExternalTrafficPolicy = policy
		if len(r.rules.PublicLoadBalancer) > 0 {
			svc.Annotations = maps.Clone(r.rules.PublicLoadBalancer)
		}
	}
	return svc
}

func protocol(p string) corev1.Protocol {
	switch p {
	case "UDP", "udp":
		return corev1.ProtocolUDP
	case "SCTP", "sctp":
		return corev1.ProtocolSCTP
	}
	return corev1.ProtocolTCP
}

// disruptionBudget lets voluntary disruptions (node drains, upgrades) take
// one replica of the workload in this cluster at a time.
func (r *renderer) disruptionBudget(w *schema.Workload) *policyv1.PodDisruptionBudget {
	one := intstr.FromInt32(1)
	return &policyv1.PodDisruptionBudget{
		TypeMeta:   metav1.TypeMeta{APIVersion: "policy/v1", Kind: "PodDisruptionBudget"},
		ObjectMeta: r.meta(w, w.Name),
		Spec: policyv1.PodDisruptionBudgetSpec{
			MaxUnavailable: &one,
			Selector:       &metav1.LabelSelector{MatchLabels: selector(w, "")},
		},
	}
}

// autoscaler scales the workload's on-demand Deployment (its spot one when
// it has only spot replicas) between the planned replicas and the
// intent's per-cluster maximum, less the replicas it does not scale.
func (r *renderer) autoscaler(w *schema.Workload, target string, replicas, total int) *autoscalingv2.HorizontalPodAutoscaler {
	lo := int32(replicas)
	hi := int32(max(replicas, w.Autoscaling.MaxReplicas-(total-replicas)))
	pct := int32(w.Autoscaling.TargetCPUPercent)
	return &autoscalingv2.HorizontalPodAutoscaler{
		TypeMeta:   metav1.TypeMeta{APIVersion: "autoscaling/v2", Kind: "HorizontalPodAutoscaler"},
		ObjectMeta: r.meta(w, w.Name),
		Spec: autoscalingv2.HorizontalPodAutoscalerSpec{
			ScaleTargetRef: autoscalingv2.CrossVersionObjectReference{APIVersion: "apps/v1", Kind: "Deployment", Name: target},
			MinReplicas:    &lo,
			MaxReplicas:    hi,
			Metrics: []autoscalingv2.MetricSpec{{
				Type: autoscalingv2.ResourceMetricSourceType,
				Resource: &autoscalingv2.ResourceMetricSource{
					Name:   corev1.ResourceCPU,
					Target: autoscalingv2.MetricTarget{Type: autoscalingv2.UtilizationMetricType, AverageUtilization: &pct},
				},
			}},
		},
	}
}

// podTemplate is the pod of one replica, scheduled on spot capacity or kept
// off it.
func (r *renderer) podTemplate(w *schema.Workload, spot bool) (corev1.PodTemplateSpec, error) {
	capacity := capacityOnDemand
	if spot {
		capacity = capacitySpot
	}
	c := corev1.Container{
		Name:      "main",
		Image:     w.Image,
		Command:   w.Command,
		Args:      w.Args,
		Resources: resources(w.Resources),
		SecurityContext: &corev1.SecurityContext{
			AllowPrivilegeEscalation: ptr(false),
			Capabilities:             &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}},
		},
	}
	for _, name := range slices.Sorted(maps.Keys(w.Ports)) {
		p := w.Ports[name]
		c.Ports = append(c.Ports, corev1.ContainerPort{Name: name, ContainerPort: int32(p.Port), Protocol: protocol(p.Protocol)})
	}
	for _, name := range slices.Sorted(maps.Keys(w.Env)) {
		v := w.Env[name]
		ev := corev1.EnvVar{Name: name, Value: v.Value}
		if v.Secret != nil {
			ev.Value = ""
			ev.ValueFrom = &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
				LocalObjectReference: corev1.LocalObjectReference{Name: v.Secret.Name},
				Key:                  v.Secret.Key,
			}}
		}
		c.Env = append(c.Env, ev)
	}
	var err error
	if c.ReadinessProbe, err = probe(w.Probes.Readiness); err != nil {
		return corev1.PodTemplateSpec{}, fmt.Errorf("readiness probe: %w", err)
	}
	if c.LivenessProbe, err = probe(w.Probes.Liveness); err != nil {
		return corev1.PodTemplateSpec{}, fmt.Errorf("liveness probe: %w", err)
	}
	if c.StartupProbe, err = probe(w.Probes.Startup); err != nil {
		return corev1.PodTemplateSpec{}, fmt.Errorf("startup probe: %w", err)
	}
	spec := corev1.PodSpec{
		ServiceAccountName:           w.Name,
		AutomountServiceAccountToken: ptr(false),
		// The Pod Security Standards' "restricted" profile: images that
		// must run as root say so with a patch.
		SecurityContext: &corev1.PodSecurityContext{
			RunAsNonRoot:   ptr(true),
			SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault},
		},
		Containers:   []corev1.Container{c},
		NodeSelector: map[string]string{},
	}
	if w.Kind == schema.KindService || w.Kind == "" {
		// Spread a cluster's replicas over its zones where it can.
		spec.TopologySpreadConstraints = []corev1.TopologySpreadConstraint{{
			MaxSkew:           1,
			TopologyKey:       providers.LabelZone,
			WhenUnsatisfiable: corev1.ScheduleAnyway,
			LabelSelector:     &metav1.LabelSelector{MatchLabels: selector(w, capacity)},
		}}
	}
	if err := r.schedule(w, &spec, spot); err != nil {
		return corev1.PodTemplateSpec{}, err
	}
	if len(spec.NodeSelector) == 0 {
		spec.NodeSelector = nil
	}
	labels := maps.Clone(w.Labels)
	if labels == nil {
		labels = map[string]string{}
	}
	maps.Copy(labels, selector(w, capacity))
	labels[LabelName] = w.Name
	return corev1.PodTemplateSpec{
		ObjectMeta: metav1.ObjectMeta{Labels: labels, Annotations: maps.Clone(w.Annotations)},
		Spec:       spec,
	}, nil
}

// schedule adds the cloud's node selectors and tolerations for spot
// capacity and GPUs.
func (r *renderer) schedule(w *schema.Workload, spec *corev1.PodSpec, spot bool) error {
	if r.neutral {
		return nil // no cloud: Check renders what every cloud's objects have in common
	}
	if spot {
		if !r.hasRules {
			return fmt.Errorf("the plan puts replicas on spot capacity, but isobar knows no spot node labels for provider %q", r.spec.Provider)
		}
		maps.Copy(spec.NodeSelector, r.rules.SpotSelector)
		spec.Tolerations = append(spec.Tolerations, tolerations(r.rules.SpotTolerations)...)
	} else if r.hasRules {
		maps.Copy(spec.NodeSelector, r.rules.OnDemandSelector)
	}
	gpu := w.Resources.GPU
	if gpu == nil || gpu.Count == 0 {
		return nil
	}
	if !r.hasRules {
		return nil // a private region: the user's nodes, the user's labels (patches)
	}
	labels, types, ok := r.rules.GPUSelector(gpu.Model)
	if !ok {
		return fmt.Errorf("%s has no node label for GPU model %s", r.rules.Service, gpu.Model)
	}
	maps.Copy(spec.NodeSelector, labels)
	if len(types) > 0 {
		spec.Affinity = &corev1.Affinity{NodeAffinity: &corev1.NodeAffinity{
			RequiredDuringSchedulingIgnoredDuringExecution: &corev1.NodeSelector{
				NodeSelectorTerms: []corev1.NodeSelectorTerm{{MatchExpressions: []corev1.NodeSelectorRequirement{{
					Key: providers.LabelInstanceType, Operator: corev1.NodeSelectorOpIn, Values: types,
				}}}},
			},
		}}
	}
	spec.Tolerations = append(spec.Tolerations, tolerations(r.rules.GPUTolerations)...)
	return nil
}

func tolerations(ts []providers.Toleration) []corev1.Toleration {
	out := make([]corev1.Toleration, 0, len(ts))
	for _, t := range ts {
		out = append(out, corev1.Toleration{
			Key: t.Key, Operator: corev1.TolerationOperator(t.Operator), Value: t.Value, Effect: corev1.TaintEffect(t.Effect),
		})
	}
	return out
}

// resources requests what a replica needs; memory is also its limit (a
// replica using more is the one to stop), CPU is not limited (throttling
// helps no one), GPUs are extended resources and so both.
func resources(res schema.Resources) corev1.ResourceRequirements {
	req := corev1.ResourceList{
		corev1.ResourceCPU:    *resource.NewMilliQuantity(int64(res.CPU), resource.DecimalSI),
		corev1.ResourceMemory: *resource.NewQuantity(int64(res.Memory), resource.BinarySI),
	}
	lim := corev1.ResourceList{corev1.ResourceMemory: req[corev1.ResourceMemory]}
	if res.GPU != nil && res.GPU.Count > 0 {
		n := *resource.NewQuantity(int64(res.GPU.Count), resource.DecimalSI)
		req[providers.ResourceGPU] = n
		lim[providers.ResourceGPU] = n
	}
	return corev1.ResourceRequirements{Requests: req, Limits: lim}
}

// probe converts a schema probe; a port is a name of the workload's ports
// or a number.
func probe(p *schema.Probe) (*corev1.Probe, error) {
	if p == nil {
		return nil, nil
	}
	out := &corev1.Probe{
		PeriodSeconds:       seconds(p.Period),
		TimeoutSeconds:      seconds(p.Timeout),
		InitialDelaySeconds: seconds(p.InitialDelay),
		FailureThreshold:    int32(p.FailureThreshold),
	}
	switch {
	case p.HTTP != nil:
		port, err := portOf(p.HTTP.Port)
		if err != nil {
			return nil, err
		}
		out.HTTPGet = &corev1.HTTPGetAction{Path: p.HTTP.Path, Port: port}
	case p.TCP != nil:
		port, err := portOf(p.TCP.Port)
		if err != nil {
			return nil, err
		}
		out.TCPSocket = &corev1.TCPSocketAction{Port: port}
	case p.Exec != nil:
		out.Exec = &corev1.ExecAction{Command: p.Exec.Command}
	}
	return out, nil
}

func seconds(d schema.Duration) int32 {
	s := d.Std().Seconds()
	if s <= 0 {
		return 0
	}
	return int32(max(1, s))
}

func portOf(v any) (intstr.IntOrString, error) {
	switch p := v.(type) {
	case string:
		if n, err := strconv.Atoi(p); err == nil {
			return intstr.FromInt32(int32(n)), nil
		}
		return intstr.FromString(p), nil
	case float64:
		return intstr.FromInt32(int32(p)), nil
	case int:
		return intstr.FromInt32(int32(p)), nil
	case int64:
		return intstr.FromInt32(int32(p)), nil
	}
	return intstr.IntOrString{}, fmt.Errorf("port %v: expected a port name or number", v)
}

func ptr[T any](v T) *T { return &v }
