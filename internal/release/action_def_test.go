package release

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// actionFile is the part of action.yml the checks read.
type actionFile struct {
	Name        string            `yaml:"name"`
	Description string            `yaml:"description"`
	Author      string            `yaml:"author"`
	Branding    map[string]string `yaml:"branding"`
	Inputs      map[string]struct {
		Description string `yaml:"description"`
		Required    bool   `yaml:"required"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	If    string            `yaml:"if"`
	Shell string            `yaml:"shell"`
	Env   map[string]string `yaml:"env"`
	Run   string            `yaml:"run"`
}

var (
	inputRef  = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)
	stepRef   = regexp.MustCompile(`\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)`)
	scriptRef = regexp.MustCompile(`\$GITHUB_ACTION_PATH/([A-Za-z0-9_./-]+)`)
	isobarVar = regexp.MustCompile(`\$\{?(ISOBAR_[A-Z_]+)`)
)

func readAction(t *testing.T) actionFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleDir(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

// TestActionDefinition reads action.yml as GitHub does and checks that it
// is consistent with itself and with its scripts: a composite action whose
// steps and outputs refer only to inputs it defines and to outputs of
// earlier steps; no input is pasted into a shell line (inputs reach the
// scripts through env only); each step's script exists, reads every
// variable the step sets, and reads no ISOBAR_ variable the action does
// not set (but the documented ones for use outside GitHub).
func TestActionDefinition(t *testing.T) {
	a := readAction(t)
	if a.Runs.Using != "composite" || a.Name == "" || a.Description == "" {
		t.Fatalf("runs.using %q, name %q, description %q: want a described composite action", a.Runs.Using, a.Name, a.Description)
	}
	for name, in := range a.Inputs {
		if strings.TrimSpace(in.Description) == "" {
			t.Errorf("input %s has no description", name)
		}
	}
	for _, want := range []string{"version", "command", "intent", "base", "registry", "release-url", "release-key"} {
		if _, ok := a.Inputs[want]; !ok {
			t.Errorf("no input %s", want)
		}
	}
	if d := a.Inputs["release-url"].Default; d != "https://github.com/isobar-dev/isobar/releases/download" {
		t.Errorf("release-url defaults to %q", d)
	}

	// Names the scripts may read without the action setting them: for
	// running them by hand.
	optional := []string{"ISOBAR_INSTALL_DIR"}
	usedInputs := map[string]bool{}
	steps := map[string]bool{}
	for i, s := range a.Runs.Steps {
		where := "step " + s.ID
		if s.ID == "" {
			where = "step " + strconv.Itoa(i+1)
		}
		if s.Shell != "bash" {
			t.Errorf("%s: shell %q, want bash (composite steps must name one)", where, s.Shell)
		}
		fields := []string{s.If, s.Run}
		for _, v := range s.Env {
			fields = append(fields, v)
		}
		for _, f := range fields {
			for _, m := range inputRef.FindAllStringSubmatch(f, -1) {
				usedInputs[m[1]] = true
				if _, ok := a.Inputs[m[1]]; !ok {
					t.Errorf("%s refers to inputs.%s, which action.yml does not define", where, m[1])
				}
			}
			for _, m := range stepRef.FindAllStringSubmatch(f, -1) {
				if !steps[m[1]] {
					t.Errorf("%s refers to steps.%s, not an earlier step", where, m[1])
				}
			}
		}
		if strings.Contains(s.Run, "${{") {
			t.Errorf("%s: run pastes an expression into the shell line (pass it through env): %s", where, s.Run)
		}
		scripts := scriptRef.FindAllStringSubmatch(s.Run, -1)
		if len(scripts) != 1 {
			t.Fatalf("%s: run %q: want one script under $GITHUB_ACTION_PATH", where, s.Run)
		}
		body, err := os.ReadFile(filepath.Join(moduleDir(t), scripts[0][1]))
		if err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		read := map[string]bool{}
		for _, m := range isobarVar.FindAllStringSubmatch(string(body), -1) {
			read[m[1]] = true
		}
		for k := range s.Env {
			if strings.HasPrefix(k, "ISOBAR_") && !read[k] {
				t.Errorf("%s sets %s, which %s never reads", where, k, scripts[0][1])
			}
		}
		for k := range read {
			if _, ok := s.Env[k]; !ok && !slices.Contains(optional, k) {
				t.Errorf("%s reads %s, which the step does not set", scripts[0][1], k)
			}
		}
		steps[s.ID] = true
	}
	for name := range a.Inputs {
		if !usedInputs[name] {
			t.Errorf("input %s is defined but no step uses it", name)
		}
	}
	for name, o := range a.Outputs {
		m := stepRef.FindStringSubmatch(o.Value)
		if m == nil || !steps[m[1]] {
			t.Errorf("output %s = %q: not a step's output", name, o.Value)
		}
	}
}

// TestActionExamples checks the workflows that use the action, in
// examples/ci and docs/ci.md: every `with:` names an input of action.yml,
// every command is one the action knows, and all name one release of
// isobar-dev/isobar.
func TestActionExamples(t *testing.T) {
	a := readAction(t)
	b, err := os.ReadFile(filepath.Join(moduleDir(t), "examples", "ci", "github", "isobar.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Uses string            `yaml:"uses"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatal(err)
	}
	commands := map[string]bool{}
	refs := map[string]bool{}
	for job, j := range wf.Jobs {
		for _, s := range j.Steps {
			repo, ref, _ := strings.Cut(s.Uses, "@")
			if repo != "isobar-dev/isobar" {
				continue
			}
			refs[ref] = true
			for k := range s.With {
				if _, ok := a.Inputs[k]; !ok {
					t.Errorf("job %s: with.%s is not an input of action.yml", job, k)
				}
			}
			commands[s.With["command"]] = true
		}
	}
	for _, c := range []string{"vet", "preview", "publish"} {
		if !commands[c] {
			t.Errorf("examples/ci/github/isobar.yaml does not run the action's %s", c)
		}
	}
	if len(refs) != 1 {
		t.Errorf("the example uses the action at %d releases, want one: %v", len(refs), refs)
	}
	doc, err := os.ReadFile(filepath.Join(moduleDir(t), "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	for ref := range refs {
		if !strings.Contains(string(doc), "uses: isobar-dev/isobar@"+ref) {
			t.Errorf("docs/ci.md does not show uses: isobar-dev/isobar@%s", ref)
		}
	}
	run, err := os.ReadFile(filepath.Join(moduleDir(t), runScript))
	if err != nil {
		t.Fatal(err)
	}
	for c := range commands {
		if !strings.Contains(string(run), "\n  "+c+")") {
			t.Errorf("%s has no case for command %q", runScript, c)
		}
	}
}
