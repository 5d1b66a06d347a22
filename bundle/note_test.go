package bundle

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

const noteType = "application/vnd.isobar.test-note.v1+json"

// TestNote: a note pushed and signed with key A reads back, verified, with
// A's trust; B's trust, another media type, a bundle read as a note, a
// missing tag, and payloads too large or not JSON are refused with their
// kind of error.
func TestNote(t *testing.T) {
	tr := newTestRegistry(t)
	a, b := twoKeys(t)
	ctx := ctxT(t)
	trustA, trustB := Trust{PublicKey: a.pair.PublicKey}, Trust{PublicKey: b.pair.PublicKey}
	ref := tr.repo("notes") + ":eu-1-abc-status"
	payload := []byte(`{"cluster":"eu-1","healthy":true}`)

	d, err := PushNote(ctx, ref, noteType, payload, a.key, WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	got, vd, err := PullNote(ctx, ref, trustA, noteType, WithInsecure())
	if err != nil || !bytes.Equal(got, payload) || vd.String() != d.String() {
		t.Fatalf("PullNote = %s, %s, %v; want %s at %s", got, vd, err, payload, d)
	}
	// Pushing a new payload to the tag replaces it.
	payload2 := []byte(`{"cluster":"eu-1","healthy":false}`)
	if _, err := PushNote(ctx, ref, noteType, payload2, a.key, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	if got, _, err := PullNote(ctx, ref, trustA, noteType, WithInsecure()); err != nil || !bytes.Equal(got, payload2) {
		t.Errorf("after a second push: %s, %v", got, err)
	}

	if _, _, err := PullNote(ctx, ref, trustB, noteType, WithInsecure()); !errors.Is(err, ErrSignature) {
		t.Errorf("another key's trust: %v, want ErrSignature", err)
	}
	if _, _, err := PullNote(ctx, ref, trustA, "application/other+json", WithInsecure()); !errors.Is(err, ErrMediaType) {
		t.Errorf("another media type: %v, want ErrMediaType", err)
	}
	bundleRef := publish(t, tr, "notes", mustBuild(t, testFiles(t), testMetadata()), a.key)
	if _, _, err := PullNote(ctx, bundleRef, trustA, noteType, WithInsecure()); !errors.Is(err, ErrMediaType) {
		t.Errorf("a bundle read as a note: %v, want ErrMediaType", err)
	}
	// DeleteNote deletes notes, never a bundle.
	bd, err := name.NewDigest(bundleRef, name.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	if err := DeleteNote(ctx, bd, WithInsecure()); !errors.Is(err, ErrMediaType) {
		t.Errorf("DeleteNote of a bundle: %v, want ErrMediaType", err)
	}
	if _, err := Verify(ctx, bundleRef, trustA, WithInsecure()); err != nil {
		t.Errorf("the bundle after DeleteNote refused to delete it: %v", err)
	}
	if _, _, err := PullNote(ctx, tr.repo("notes")+":nothing-here", trustA, noteType, WithInsecure()); !errors.Is(err, ErrNotFound) {
		t.Errorf("a missing note: %v, want ErrNotFound", err)
	}
	unsigned := tr.repo("notes") + ":unsigned"
	img, _, err := noteImage(noteType, []byte(`{"cluster":"eu-1","forged":true}`))
	if err != nil {
		t.Fatal(err)
	}
	tag, err := name.NewTag(unsigned, name.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Write(tag, img, remote.WithContext(ctx)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := PullNote(ctx, unsigned, trustA, noteType, WithInsecure()); !errors.Is(err, ErrUnsigned) {
		t.Errorf("an unsigned note: %v, want ErrUnsigned", err)
	}

	big := []byte(`{"x":"` + strings.Repeat("a", MaxNoteSize) + `"}`)
	if _, err := PushNote(ctx, ref, noteType, big, a.key, WithInsecure()); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a note over the limit: %v, want ErrTooLarge", err)
	}
	if _, err := PushNote(ctx, ref, noteType, []byte("not json"), a.key, WithInsecure()); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("a note that is not JSON: %v, want ErrInvalidInput", err)
	}
}

// TestCosignCLIVerifiesNote: the upstream cosign CLI verifies a note with
// the signer's public key, and not with another's.
func TestCosignCLIVerifiesNote(t *testing.T) {
	cosignCLI(t)
	tr := newTestRegistry(t)
	a, b := twoKeys(t)
	ref := tr.repo("notes") + ":eu-1-abc-status"
	if _, err := PushNote(ctxT(t), ref, noteType, []byte(`{"cluster":"eu-1"}`), a.key, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	if out, err := runCosign(t, a.dir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", ref); err != nil {
		t.Errorf("cosign verify with the signer's key: %v\n%s", err, out)
	}
	if _, err := runCosign(t, b.dir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", ref); err == nil {
		t.Error("cosign verify accepted the note with another key")
	}
}
