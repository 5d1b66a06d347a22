package providers

import "slices"

// Rendering holds what differs between the clouds' managed Kubernetes
// services when a workload is turned into objects: how their nodes are
// labelled and tainted for spot capacity and GPUs, what their load
// balancers need, and what their storage classes are called. The render
// package reads it; the values are the ones each service documents.
type Rendering struct {
	// Provider is aws, gcp or azure.
	Provider string
	// Service names the managed Kubernetes service (EKS, GKE, AKS).
	Service string

	// SpotSelector selects spot (interruptible) nodes; SpotTolerations
	// tolerate their taint, where the service taints them.
	SpotSelector    map[string]string
	SpotTolerations []Toleration
	// OnDemandSelector keeps replicas that must not run on spot capacity
	// off spot nodes where the service does not taint those (EKS); empty
	// where a taint already does it.
	OnDemandSelector map[string]string

	// GPULabel is the node label that names the accelerator model. Where
	// the service's label does not name the model (AKS), GPUInstanceTypes
	// lists the VM sizes that carry it and nodes are selected by
	// node.kubernetes.io/instance-type instead.
	GPULabel string
	// GPUValues maps a catalog GPU model to GPULabel's value.
	GPUValues map[string]map[string]string
	// GPUInstanceTypes maps a GPU model to the instance types that carry it,
	// for services whose label does not name the model.
	GPUInstanceTypes map[string][]string
	// GPUTolerations tolerate the taint GPU node pools carry.
	GPUTolerations []Toleration

	// PublicLoadBalancer and InternalLoadBalancer are the annotations of a
	// Service of type LoadBalancer reachable from the internet or only
	// from the cloud network.
	PublicLoadBalancer   map[string]string
	InternalLoadBalancer map[string]string

	// StorageClass is the name of the service's default block-storage
	// class, given to persistent volume claims that name none.
	StorageClass string
}

// Toleration is a pod toleration of a node taint.
type Toleration struct {
	Key      string
	Operator string // Equal or Exists
	Value    string
	Effect   string // NoSchedule, PreferNoSchedule or NoExecute
}

// Well-known labels every conformant cluster sets on its nodes.
const (
	LabelRegion       = "topology.kubernetes.io/region"
	LabelZone         = "topology.kubernetes.io/zone"
	LabelInstanceType = "node.kubernetes.io/instance-type"
	// ResourceGPU is the extended resource NVIDIA's device plugin exposes.
	ResourceGPU = "nvidia.com/gpu"
)

var gpuToleration = Toleration{Key: ResourceGPU, Operator: "Exists", Effect: "NoSchedule"}

// rendering is the per-provider table. Sources:
//   - EKS: managed node groups label capacity "eks.amazonaws.com/capacityType"
//     (ON_DEMAND or SPOT) and do not taint spot nodes; EKS labels GPU nodes with
//     "eks.amazonaws.com/instance-gpu-name" (lower-case model) and
//     "eks.amazonaws.com/instance-gpu-memory" (MiB); the AWS Load Balancer
//     Controller reads the service.beta.kubernetes.io/aws-load-balancer-*
//     annotations; the EBS CSI driver's class is commonly "gp3".
//   - GKE: Spot VMs carry "cloud.google.com/gke-spot=true" and, on node pools
//     created with the recommended taint, "cloud.google.com/gke-spot=true:NoSchedule";
//     GPU nodes carry "cloud.google.com/gke-accelerator" and the taint
//     "nvidia.com/gpu=present:NoSchedule"; internal load balancers use
//     "networking.gke.io/load-balancer-type: Internal"; the default class is
//     "standard-rwo".
//   - AKS: spot node pools carry "kubernetes.azure.com/scalesetpriority=spot" as a
//     label and as a NoSchedule taint; GPU nodes carry
//     "kubernetes.azure.com/accelerator=nvidia" (no model), so the model is
//     chosen by VM size; internal load balancers use
//     "service.beta.kubernetes.io/azure-load-balancer-internal"; the default
//     class is "managed-csi".
var rendering = map[string]Rendering{
	"aws": {
		Provider:         "aws",
		Service:          "EKS",
		SpotSelector:     map[string]string{"eks.amazonaws.com/capacityType": "SPOT"},
		OnDemandSelector: map[string]string{"eks.amazonaws.com/capacityType": "ON_DEMAND"},
		GPULabel:         "eks.amazonaws.com/instance-gpu-name",
		GPUValues: map[string]map[string]string{
			"T4":        {"eks.amazonaws.com/instance-gpu-name": "t4"},
			"L4":        {"eks.amazonaws.com/instance-gpu-name": "l4"},
			"A10G":      {"eks.amazonaws.com/instance-gpu-name": "a10g"},
			"A100":      {"eks.amazonaws.com/instance-gpu-name": "a100", "eks.amazonaws.com/instance-gpu-memory": "40960"},
			"A100-80GB": {"eks.amazonaws.com/instance-gpu-name": "a100", "eks.amazonaws.com/instance-gpu-memory": "81920"},
			"H100":      {"eks.amazonaws.com/instance-gpu-name": "h100"},
		},
		GPUTolerations: []Toleration{gpuToleration},
		PublicLoadBalancer: map[string]string{
			"service.beta.kubernetes.io/aws-load-balancer-type":            "external",
			"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
			"service.beta.kubernetes.io/aws-load-balancer-scheme":          "internet-facing",
		},
		InternalLoadBalancer: map[string]string{
			"service.beta.kubernetes.io/aws-load-balancer-type":            "external",
			"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip",
			"service.beta.kubernetes.io/aws-load-balancer-scheme":          "internal",
		},
		StorageClass: "gp3",
	},
	"gcp": {
		Provider:     "gcp",
		Service:      "GKE",
		SpotSelector: map[string]string{"cloud.google.com/gke-spot": "true"},
		SpotTolerations: []Toleration{
			{Key: "cloud.google.com/gke-spot", Operator: "Equal", Value: "true", Effect: "NoSchedule"},
		},
		GPULabel: "cloud.google.com/gke-accelerator",
		GPUValues: map[string]map[string]string{
			"T4":        {"cloud.google.com/gke-accelerator": "nvidia-tesla-t4"},
			"L4":        {"cloud.google.com/gke-accelerator": "nvidia-l4"},
			"A100":      {"cloud.google.com/gke-accelerator": "nvidia-tesla-a100"},
			"A100-80GB": {"cloud.google.com/gke-accelerator": "nvidia-a100-80gb"},
			"H100":      {"cloud.google.com/gke-accelerator": "nvidia-h100-80gb"},
		},
		GPUTolerations: []Toleration{gpuToleration},
		PublicLoadBalancer: map[string]string{
			"cloud.google.com/l4-rbs": "enabled",
		},
		InternalLoadBalancer: map[string]string{
			"networking.gke.io/load-balancer-type": "Internal",
		},
		StorageClass: "standard-rwo",
	},
	"azure": {
		Provider:     "azure",
		Service:      "AKS",
		SpotSelector: map[string]string{"kubernetes.azure.com/scalesetpriority": "spot"},
		SpotTolerations: []Toleration{
			{Key: "kubernetes.azure.com/scalesetpriority", Operator: "Equal", Value: "spot", Effect: "NoSchedule"},
		},
		GPULabel: "kubernetes.azure.com/accelerator",
		GPUValues: map[string]map[string]string{
			"T4":        {"kubernetes.azure.com/accelerator": "nvidia"},
			"A100":      {"kubernetes.azure.com/accelerator": "nvidia"},
			"A100-80GB": {"kubernetes.azure.com/accelerator": "nvidia"},
			"H100":      {"kubernetes.azure.com/accelerator": "nvidia"},
		},
		GPUInstanceTypes: map[string][]string{
			"T4":        {"Standard_NC16as_T4_v3", "Standard_NC4as_T4_v3", "Standard_NC64as_T4_v3", "Standard_NC8as_T4_v3"},
			"A100":      {"Standard_ND96asr_v4"},
			"A100-80GB": {"Standard_NC24ads_A100_v4", "Standard_NC48ads_A100_v4", "Standard_NC96ads_A100_v4", "Standard_ND96amsr_A100_v4"},
			"H100":      {"Standard_NC40ads_H100_v5", "Standard_NC80adis_H100_v5", "Standard_ND96isr_H100_v5"},
		},
		GPUTolerations:     []Toleration{gpuToleration},
		PublicLoadBalancer: map[string]string{},
		InternalLoadBalancer: map[string]string{
			"service.beta.kubernetes.io/azure-load-balancer-internal": "true",
		},
		StorageClass: "managed-csi",
	},
}

// RenderingRules returns the rendering rules of a provider. Providers
// without rules (private or on-premises regions a user declares) get
// none: their workloads render without cloud-specific selectors.
func RenderingRules(provider string) (Rendering, bool) {
	r, ok := rendering[provider]
	return r, ok
}

// GPUSelector returns the node labels that select a GPU model on this
// service, and the instance types to require as well (nil where the
// labels suffice). ok is false when the service has no node of that model.
func (r Rendering) GPUSelector(model string) (labels map[string]string, instanceTypes []string, ok bool) {
	labels, ok = r.GPUValues[model]
	if !ok {
		return nil, nil, false
	}
	return labels, slices.Clone(r.GPUInstanceTypes[model]), true
}
