package schema

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	cueerrors "cuelang.org/go/cue/errors"
	"cuelang.org/go/cue/token"
)

// Diagnostic is one problem in intent.
type Diagnostic struct {
	// File is the file at fault, when known.
	File string `json:"file,omitempty"`
	// Line and Column locate the problem in File, counting from 1.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
	// Path is the field at fault, as a CUE reference ("workloads.api.image").
	Path string `json:"path,omitempty"`
	// Message says what is wrong.
	Message string `json:"message"`
	// Expected says what would be right.
	Expected string `json:"expected,omitempty"`
}

// String formats the diagnostic as "file:line:col: path: message (expected …)",
// on one line, with the characters that could act on a terminal escaped
// (see [SafeText]).
func (d Diagnostic) String() string {
	return SafeText(d.text())
}

func (d Diagnostic) text() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", d.Line, d.Column)
		}
		b.WriteString(": ")
	}
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	if d.Expected != "" {
		b.WriteString(" (expected ")
		b.WriteString(d.Expected)
		b.WriteString(")")
	}
	return b.String()
}

// Diagnostics are all the problems found in one intent package. It is the
// error Load and Check return when intent is invalid.
type Diagnostics []Diagnostic

func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// sortDiagnostics orders diagnostics by place and drops duplicates. Their
// texts, which may quote a repository's file names and contents, are made
// safe to print (see [SafeText]), whoever prints them.
func sortDiagnostics(ds Diagnostics) Diagnostics {
	for i, d := range ds {
		ds[i].File, ds[i].Path = SafeText(d.File), SafeText(d.Path)
		ds[i].Message, ds[i].Expected = SafeText(d.Message), SafeText(d.Expected)
	}
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(ds)
}

// expectations describe, in words, the schema's definitions whose errors CUE
// would otherwise report as a regular expression.
var expectations = map[string]string{
	"#Name":             `a name of lower-case letters, digits and "-" that starts and ends with a letter or digit, at most 63 characters`,
	"#Provider":         `a provider: "aws", "gcp", "azure", or the lower-case name of one declared under catalog.regions`,
	"#CPU":              `CPU as a positive number of cores (2, 0.5) or millicores ("500m")`,
	"#Memory":           `memory as a number with a unit, such as "512Mi", "4Gi" or "1G"`,
	"#Duration":         `a duration: a number followed by ms, s, m or h, such as "80ms" or "1.5s"`,
	"#PositiveDuration": `a duration > 0, such as "80ms"`,
	"#Country":          `an ISO 3166-1 alpha-2 country code in upper case, such as "DE"`,
	"#RegionID":         `a region id as the provider spells it, such as "eu-west-1" or "westeurope"`,
	"#Image":            `a container image with a tag or a digest, such as "ghcr.io/acme/api:1.4.2"`,
	"#Cron":             `a cron schedule of five fields, such as "0 3 * * *", or a macro such as "@daily"`,
	"#EnvName":          `an environment variable name: letters, digits and "_", not starting with a digit`,
	"#APIVersion":       `a Kubernetes API version, such as "v1" or "apps/v1"`,
	"#KindName":         `a Kubernetes kind, such as "ConfigMap"`,
	"#ObjectName":       `a Kubernetes object name: lower-case letters, digits, "-" and "."`,
	"#RegionRef":        `a region written "provider:region", such as "aws:eu-west-1"`,
	"#RegionPattern":    `a region written "provider:region", with * as a wildcard: "aws:eu-*", "gcp:*"`,
	"#SystemSubject":    `a user or group of Kubernetes itself, "system:…", with an optional trailing *`,
	"#JurisdictionRef":  `"EU", "EEA", an ISO 3166-1 alpha-2 country code, or a group declared under jurisdictions`,
	"#TimeOfDay":        `a time of day "hh:mm" on a 24-hour clock, such as "08:00"`,
	"#DNSName":          `a lower-case DNS name of two or more labels, such as "shop.example.com"`,
}

var listBoundRE = regexp.MustCompile(`list\.(MinItems|MaxItems)\(([0-9]+)\)`)

// listLen is the length of a list value, or 0.
func listLen(v cue.Value) int {
	n, err := v.Len().Int64()
	if err != nil {
		return 0
	}
	return int(n)
}

var boundRE = regexp.MustCompile(`=~"(?:[^"\\]|\\.)*"`)

// expectationIndex maps each regular expression of a described definition,
// as CUE prints it, to its description.
func expectationIndex(schema cue.Value) map[string]string {
	idx := map[string]string{}
	for def, text := range expectations {
		v := schema.LookupPath(cue.ParsePath(def))
		for _, re := range boundRE.FindAllString(fmt.Sprint(v), -1) {
			idx[re] = text
		}
	}
	return idx
}

// converter turns CUE errors into diagnostics located in the user's files.
type converter struct {
	files     *fileNames
	schemaDir string    // the schema package's folder in the repository, if there
	pkg       string    // the user's package, which scopes its hidden fields
	user      cue.Value // the user's package on its own
	merged    cue.Value // the package unified with #Intent
	expect    map[string]string
	// unknown holds the paths (joined by NUL) of the fields the schema
	// does not allow, so that one is not offered in place of another.
	unknown map[string]bool
}

// convert groups errors by field and describes each field's problem once.
func (c *converter) convert(err error) Diagnostics {
	type group struct {
		path []string
		errs []cueerrors.Error
	}
	var groups []*group
	byPath := map[string]*group{}
	for _, e := range cueerrors.Errors(err) {
		format, _ := e.Msg()
		if strings.HasSuffix(format, "errors in empty disjunction:") {
			continue
		}
		p := trimDefinition(e.Path())
		key := strings.Join(p, "\x00")
		g := byPath[key]
		if g == nil {
			g = &group{path: p}
			byPath[key] = g
			groups = append(groups, g)
		}
		if !slices.ContainsFunc(g.errs, func(o cueerrors.Error) bool { return sameError(o, e) }) {
			g.errs = append(g.errs, e)
		}
	}
	c.unknown = map[string]bool{}
	for key, g := range byPath {
		for _, e := range g.errs {
			if format, args := e.Msg(); fmt.Sprintf(format, args...) == notAllowed {
				c.unknown[key] = true
			}
		}
	}
	// A struct that takes exactly one of several fields and has none is
	// one mistake, said once: not also each of its fields as missing.
	oneOfAt := map[string]bool{}
	for _, g := range groups {
		for _, e := range g.errs {
			if format, _ := e.Msg(); strings.Contains(format, "does not satisfy matchN") || strings.Contains(e.Error(), "does not satisfy matchN") {
				oneOfAt[strings.Join(g.path, "\x00")] = true
			}
		}
	}
	type described struct {
		path []string
		ds   Diagnostics
	}
	var all []described
	// faulty holds the structs (by path) with a field whose value is wrong.
	faulty := map[string]bool{}
	for _, g := range groups {
		if n := len(g.path); n > 0 && oneOfAt[strings.Join(g.path[:n-1], "\x00")] &&
			slices.Contains(oneOfFields(g.path[:n-1]), g.path[n-1]) && allRequired(g.errs) {
			continue
		}
		d := described{g.path, c.describe(g.path, g.errs)}
		all = append(all, d)
		if n := len(g.path); n > 0 && slices.ContainsFunc(d.ds, func(x Diagnostic) bool { return x.Message != noConcrete }) {
			faulty[strings.Join(g.path[:n-1], "\x00")] = true
		}
	}
	var ds Diagnostics
	for _, d := range all {
		// A field the user did not write, left without a value because a
		// wrong sibling feeds its default (a namespace from a bad name),
		// is not a second mistake.
		if n := len(d.path); n > 0 && faulty[strings.Join(d.path[:n-1], "\x00")] && !c.userWrote(d.path) {
			d.ds = slices.DeleteFunc(d.ds, func(x Diagnostic) bool { return x.Message == noConcrete })
		}
		ds = append(ds, d.ds...)
	}
	return sortDiagnostics(ds)
}

// userWrote reports whether the user's package sets the field at path.
func (c *converter) userWrote(path []string) bool {
	return c.user.LookupPath(cue.MakePath(c.selectors(path)...)).Exists()
}

// allRequired reports whether every error says a required field is absent.
func allRequired(errs []cueerrors.Error) bool {
	for _, e := range errs {
		if format, args := e.Msg(); fmt.Sprintf(format, args...) != required {
			return false
		}
	}
	return true
}

func trimDefinition(p []string) []string {
	if len(p) > 0 && p[0] == "#Intent" {
		return p[1:]
	}
	return p
}

const (
	noConcrete = "no concrete value"
	notAllowed = "field not allowed"
	required   = "field is required but not present"
)

// oneOf says, for the parents of structs that take exactly one of several
// fields, which fields those are.
var oneOf = map[string][]string{
	"probes": {"http", "tcp", "exec"},
	"demand": {"rps", "profile"},
}

// oneOfFields returns the fields of which the struct at path takes exactly
// one.
func oneOfFields(path []string) []string {
	n := len(path)
	if n >= 3 && path[n-1] == "profile" && path[n-3] == "demand" {
		return []string{"hourly", "windows"}
	}
	return oneOf[path[n-2]]
}

func (c *converter) describe(path []string, errs []cueerrors.Error) Diagnostics {
	pathText := c.pathString(path)
	d := Diagnostic{Path: pathText}
	c.locate(&d, path, errs)
	userText := ""
	if uv := c.user.LookupPath(cue.MakePath(c.selectors(path)...)); uv.Exists() {
		userText = fmt.Sprint(uv)
	}
	var alternatives, others []string
	var order []token.Pos // where in the schema each alternative is written
	for _, e := range errs {
		format, args := e.Msg()
		msg := fmt.Sprintf(format, args...)
		switch {
		case msg == notAllowed:
			return Diagnostics{c.notAllowed(d, path)}
		case msg == required:
			d.Message = "missing required field"
			d.Expected = c.typeOf(path)
			return Diagnostics{d}
		case strings.HasPrefix(msg, "incomplete value"):
			d.Message = noConcrete
			d.Expected = c.typeOf(path)
			return Diagnostics{d}
		}
		switch {
		case strings.HasPrefix(format, "invalid value %v (out of bound %s)") && len(args) == 2:
			userText = fmt.Sprint(args[0])
			alternatives = append(alternatives, fmt.Sprint(args[1]))
			continue
		case strings.HasPrefix(format, "conflicting values %s and %s") && len(args) >= 2 && c.userPositions(e) >= 2:
			// Two values the user wrote disagree: say which, and where.
			d.Message = c.fullMessage(e, d)
			return Diagnostics{d}
		case strings.HasPrefix(format, "conflicting values %s and %s") && len(args) >= 2:
			a, b := fmt.Sprint(args[0]), fmt.Sprint(args[1])
			if sameLiteral(a, userText) {
				a, b = b, a
			}
			if userText == "" {
				userText = b
			}
			alternatives = append(alternatives, a)
			order = append(order, uniquePos(e, errs))
			continue
		case strings.Contains(msg, "does not satisfy list.MinItems(") || strings.Contains(msg, "does not satisfy list.MaxItems("):
			d.Message = fmt.Sprintf("%d entries", listLen(c.user.LookupPath(cue.MakePath(c.selectors(path)...))))
			d.Expected = listBoundRE.ReplaceAllString(listBoundRE.FindString(msg), "$1 $2 entries")
			d.Expected = strings.NewReplacer("MinItems", "at least", "MaxItems", "at most").Replace(d.Expected)
			if path[len(path)-1] == "hourly" {
				d.Expected = "168 rates, one per hour of the week from Monday 00:00"
			}
			return Diagnostics{d}
		case strings.Contains(msg, "does not satisfy matchN") && len(path) > 1:
			fields := oneOfFields(path)
			var set []string
			for _, f := range fields {
				if c.user.LookupPath(cue.MakePath(c.selectors(append(path[:len(path):len(path)], f))...)).Exists() {
					set = append(set, f)
				}
			}
			d.Message = "sets " + strings.Join(set, " and ")
			if len(set) == 0 {
				d.Message = "sets none of " + strings.Join(fields, ", ")
			}
			d.Expected = "exactly one of " + strings.Join(fields, ", ")
			return Diagnostics{d}
		}
		others = append(others, c.fullMessage(e, d))
	}
	if len(others) > 0 {
		d.Message = strings.Join(others, "; ")
		return Diagnostics{d}
	}
	if len(order) == len(alternatives) {
		idx := make([]int, len(order))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return order[a].Compare(order[b]) })
		sorted := make([]string, len(idx))
		for i, j := range idx {
			sorted[i] = alternatives[j]
		}
		alternatives = sorted
	}
	d.Message = "invalid value " + userText
	d.Expected = c.words(alternatives)
	return Diagnostics{d}
}

// words says what the alternatives CUE tried stand for.
func (c *converter) words(alternatives []string) string {
	for _, a := range alternatives {
		for re, text := range c.expect {
			if strings.Contains(a, re) {
				return text
			}
		}
	}
	kinds := map[string]bool{}
	for _, a := range alternatives {
		kinds[a] = true
	}
	var out []string
	for _, a := range alternatives {
		// A default such as *1 in *1 | int adds nothing to "an integer".
		if (kinds["int"] || kinds["number"]) && isNumber(a) || kinds["string"] && strings.HasPrefix(a, `"`) {
			continue
		}
		switch {
		case a == "int":
			a = "an integer"
		case a == "number":
			a = "a number"
		case a == "string":
			a = "a string"
		case a == "bool":
			a = "true or false"
		case strings.HasPrefix(a, ">="), strings.HasPrefix(a, "<="):
			a = "a value " + a[:2] + " " + a[2:]
		case strings.HasPrefix(a, ">"), strings.HasPrefix(a, "<"):
			a = "a value " + a[:1] + " " + a[1:]
		}
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	if len(out) > 2 {
		return "one of " + strings.Join(out, ", ")
	}
	return strings.Join(out, " or ")
}

// typeOf describes what the schema expects at path.
func (c *converter) typeOf(path []string) string {
	v := c.merged.LookupPath(cue.MakePath(c.selectors(path)...))
	if !v.Exists() && len(path) > 0 {
		// A required field that is absent is found among its parent's
		// optional and required fields only.
		parent := c.merged.LookupPath(cue.MakePath(c.selectors(path[:len(path)-1])...))
		if it, err := parent.Fields(cue.Optional(true)); err == nil {
			for it.Next() {
				if strings.TrimRight(it.Selector().String(), "?!") == path[len(path)-1] {
					v = it.Value()
				}
			}
		}
	}
	if !v.Exists() {
		return ""
	}
	text := fmt.Sprint(v)
	for re, words := range c.expect {
		if strings.Contains(text, re) {
			return words
		}
	}
	if v.IncompleteKind() == cue.StructKind && strings.Contains(text, "\n") {
		// A struct's source spans lines: say which fields it takes.
		var fields []string
		if it, err := v.Fields(cue.Optional(true)); err == nil {
			for it.Next() {
				fields = append(fields, strings.TrimRight(it.Selector().String(), "?!"))
			}
		}
		if len(fields) > 0 {
			return "a struct of " + strings.Join(fields, ", ")
		}
	}
	if len(text) > 200 {
		return "a value of kind " + v.IncompleteKind().String()
	}
	return text
}

// notAllowed explains an unknown field and lists the fields allowed there.
func (c *converter) notAllowed(d Diagnostic, path []string) Diagnostic {
	name := path[len(path)-1]
	d.Message = fmt.Sprintf("unknown field %s", name)
	parent := c.merged.LookupPath(cue.MakePath(c.selectors(path[:len(path)-1])...))
	var allowed []string
	if len(path) == 1 {
		for _, s := range Sections {
			allowed = append(allowed, s.Field)
		}
		for _, s := range OptionalSections {
			allowed = append(allowed, s.Field)
		}
	} else if it, err := parent.Fields(cue.Optional(true)); err == nil {
		for it.Next() {
			l := strings.TrimRight(it.Selector().String(), "?!")
			sibling := append(slices.Clone(path[:len(path)-1]), l)
			if l != name && !c.unknown[strings.Join(sibling, "\x00")] {
				allowed = append(allowed, l)
			}
		}
	}
	if best := closest(name, allowed); best != "" {
		d.Message += fmt.Sprintf("; did you mean %s?", best)
	}
	if len(allowed) > 0 {
		d.Expected = "one of " + strings.Join(allowed, ", ")
		if len(path) == 1 {
			d.Expected += "; keep helpers in hidden fields (_name) or definitions (#Name)"
		}
	}
	return d
}

// locate sets the diagnostic's position: the first position in the user's
// files, or else the nearest enclosing field the user wrote.
func (c *converter) locate(d *Diagnostic, path []string, errs []cueerrors.Error) {
	for _, e := range errs {
		for _, p := range cueerrors.Positions(e) {
			if c.isUserFile(p.Filename()) {
				c.setPos(d, p)
				return
			}
		}
	}
	for n := len(path); n >= 0; n-- {
		v := c.user.LookupPath(cue.MakePath(c.selectors(path[:n])...))
		if p := v.Pos(); v.Exists() && p.IsValid() && c.isUserFile(p.Filename()) {
			c.setPos(d, p)
			return
		}
	}
}

// isUserFile reports whether a file named as diagnostics name it is one
// of the user's: in the repository, and neither under a cue.mod folder
// nor the schema's own.
func (c *converter) isUserFile(name string) bool {
	p, ok := c.files.path(name)
	if !ok || strings.Contains("/"+p+"/", "/cue.mod/") {
		return false
	}
	return c.schemaDir == "" || !strings.HasPrefix(p, c.schemaDir+"/")
}

func (c *converter) setPos(d *Diagnostic, p token.Pos) {
	d.File = p.Filename()
	d.Line, d.Column = p.Line(), p.Column()
}

// selectors turns a path of labels as CUE prints them into selectors.
func (c *converter) selectors(path []string) []cue.Selector {
	sels := make([]cue.Selector, 0, len(path))
	for _, l := range path {
		switch {
		case l == "":
			continue
		case strings.HasPrefix(l, "_") && ast.IsValidIdent(l) && c.pkg != "":
			sels = append(sels, cue.Hid(l, c.pkg))
			continue
		}
		sels = append(sels, cue.ParsePath(l).Selectors()...)
	}
	return sels
}

func (c *converter) pathString(path []string) string {
	p := cue.MakePath(c.selectors(path)...)
	if len(p.Selectors()) == 0 || p.Err() != nil {
		return ""
	}
	return p.String()
}

// convertLoad turns errors of loading (syntax, imports) into diagnostics:
// their whole text, without the positions the diagnostic already carries.
// An error in an imported package is located in that package's file (the
// last position), the import that led there given as "see also".
func (c *converter) convertLoad(err error) Diagnostics {
	var ds Diagnostics
	for _, e := range cueerrors.Errors(err) {
		d := Diagnostic{Path: c.pathString(trimDefinition(e.Path()))}
		if ps := cueerrors.Positions(e); len(ps) > 0 {
			c.setPos(&d, ps[len(ps)-1])
		}
		d.Message = c.fullMessage(e, d)
		ds = append(ds, d)
	}
	return sortDiagnostics(ds)
}

// closest returns the candidate within edit distance 2 of name, if any.
func closest(name string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(name), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// uniquePos returns the position of e that no other error of the group has:
// where the alternative e tried is written in the schema.
func uniquePos(e cueerrors.Error, group []cueerrors.Error) token.Pos {
	count := map[token.Pos]int{}
	for _, g := range group {
		for _, p := range cueerrors.Positions(g) {
			count[p]++
		}
	}
	for _, p := range cueerrors.Positions(e) {
		if count[p] == 1 {
			return p
		}
	}
	return token.NoPos
}

// sameError reports whether two errors say the same thing at the same places;
// validating nested values finds some errors more than once.
func sameError(a, b cueerrors.Error) bool {
	return a.Error() == b.Error() && slices.Equal(cueerrors.Positions(a), cueerrors.Positions(b))
}

// fullMessage is the whole text of e, without the path and position the
// diagnostic d already carries, and with the user's other positions named.
func (c *converter) fullMessage(e cueerrors.Error, d Diagnostic) string {
	msg := e.Error()
	var also []string
	for _, p := range cueerrors.Positions(e) {
		msg = strings.ReplaceAll(msg, p.String()+": ", "")
		at := fmt.Sprintf("%s:%d:%d", p.Filename(), p.Line(), p.Column())
		if c.isUserFile(p.Filename()) && at != fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Column) {
			also = append(also, at)
		}
	}
	if d.Path != "" {
		msg = strings.TrimPrefix(msg, d.Path+": ")
	}
	if len(also) > 0 {
		msg += " (see also " + strings.Join(also, ", ") + ")"
	}
	return msg
}

// userPositions counts the positions of e in the user's files.
func (c *converter) userPositions(e cueerrors.Error) int {
	n := 0
	for _, p := range cueerrors.Positions(e) {
		if c.isUserFile(p.Filename()) {
			n++
		}
	}
	return n
}

// sameLiteral reports whether two literals are the same value: CUE prints
// the number written 1e308 as 1E+308.
func sameLiteral(a, b string) bool {
	if a == b {
		return true
	}
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	return errA == nil && errB == nil && x == y
}
