package planner

import (
	"bytes"
	"encoding/json"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// JSON encodes the plan as indented JSON, the Plan contract's canonical form.
func (p *Plan) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	return buf.Bytes(), nil
}

// YAML encodes the plan as YAML with the JSON form's field names and order.
func (p *Plan) YAML() ([]byte, error) {
	b, err := p.JSON()
	if err != nil {
		return nil, err
	}
	var node yaml.Node
	if err := yaml.Unmarshal(b, &node); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	blockStyle(&node)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&node); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	return buf.Bytes(), nil
}

// blockStyle turns JSON's flow style into YAML's block style, keeping empty
// collections as [] and {}.
func blockStyle(n *yaml.Node) {
	if (n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode) && len(n.Content) > 0 {
		n.Style = 0
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		n.Style = 0 // the encoder quotes what would otherwise read as another type
	}
	for _, c := range n.Content {
		blockStyle(c)
	}
}

// Decode reads a plan written as JSON or YAML.
func Decode(data []byte) (*Plan, error) {
	var p Plan
	// YAML is a superset of JSON; go through JSON to honour the json tags.
	var generic any
	if err := yaml.Unmarshal(data, &generic); err != nil {
		return nil, fmt.Errorf("decode plan: %w", err)
	}
	b, err := json.Marshal(generic)
	if err != nil {
		return nil, fmt.Errorf("decode plan: %w", err)
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("decode plan: %w", err)
	}
	if p.APIVersion != APIVersion || p.Kind != Kind {
		return nil, fmt.Errorf("decode plan: expected apiVersion %s and kind %s, found %q and %q", APIVersion, Kind, p.APIVersion, p.Kind)
	}
	return &p, nil
}
