package schema

import (
	"sync"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"
)

// BuiltinGeographies returns the user geographies every intent may name,
// keyed by name, as #BuiltinGeographies declares them.
func BuiltinGeographies() map[string]Geography { return builtinGeographies() }

var builtinGeographies = sync.OnceValue(func() map[string]Geography {
	v, err := buildSchema(cuecontext.New())
	if err != nil {
		return nil
	}
	var out map[string]Geography
	if err := v.LookupPath(cue.ParsePath("#BuiltinGeographies")).Decode(&out); err != nil {
		return nil
	}
	return out
})
