package schema

import (
	"encoding/json"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/token"
)

// The intent is decoded from CUE into Go values; an amount the schema's
// pattern accepts may still be out of the range Go holds ("1e300" cores).
// Decoding such a value through UnmarshalCUE rather than UnmarshalJSON keeps
// the field's position and path, so that the problem is reported where the
// user wrote it, as the schema's own errors are.

// UnmarshalCUE reads a number of cores or a Kubernetes CPU string.
func (c *CPU) UnmarshalCUE(v cue.Value) error { return decodeAt(v, c) }

// UnmarshalCUE reads a Kubernetes memory string.
func (m *Memory) UnmarshalCUE(v cue.Value) error { return decodeAt(v, m) }

// UnmarshalCUE reads a duration string.
func (d *Duration) UnmarshalCUE(v cue.Value) error { return decodeAt(v, d) }

// UnmarshalCUE reads a literal string or a {secret, key} reference.
func (e *EnvValue) UnmarshalCUE(v cue.Value) error { return decodeAt(v, e) }

func decodeAt(v cue.Value, into json.Unmarshaler) error {
	b, err := v.MarshalJSON()
	if err != nil {
		return err
	}
	if err := into.UnmarshalJSON(b); err != nil {
		sels := v.Path().Selectors()
		path := make([]string, len(sels))
		for i, s := range sels {
			path[i] = s.String()
		}
		return &fieldError{pos: v.Pos(), path: path, msg: err.Error()}
	}
	return nil
}

// fieldError is a problem with one field's value, found after the schema
// accepted it; it is a cue/errors.Error so that it is reported as theirs are.
type fieldError struct {
	pos  token.Pos
	path []string
	msg  string
}

func (e *fieldError) Position() token.Pos         { return e.pos }
func (e *fieldError) InputPositions() []token.Pos { return []token.Pos{e.pos} }
func (e *fieldError) Error() string               { return e.msg }
func (e *fieldError) Path() []string              { return e.path }
func (e *fieldError) Msg() (string, []any)        { return "%s", []any{e.msg} }
