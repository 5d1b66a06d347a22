package schema_test

import (
	"testing"

	"isobar.dev/isobar/schema"
)

// BenchmarkLoadExample evaluates and validates the web shop example: what
// `isobar vet` and every later command pay before they start.
func BenchmarkLoadExample(b *testing.B) {
	for b.Loop() {
		if _, err := schema.Load("../examples/webshop"); err != nil {
			b.Fatal(err)
		}
	}
}
