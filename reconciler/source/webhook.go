package source

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"strings"
)

// MaxWebhookBody is the largest webhook request body accepted.
const MaxWebhookBody = 1 << 20

// WebhookHandler returns a handler for push notifications from GitHub and
// GitLab, so that the reconciler fetches at once instead of at its next
// poll. It answers:
//
//   - 202 Accepted, after calling trigger, for an authentic push event
//     (GitHub "push"; GitLab "Push Hook" or "Tag Push Hook");
//   - 204 No Content for another authentic event (GitHub's "ping", say),
//     without calling trigger;
//   - 401 Unauthorized when the request is not authentic: GitHub's
//     X-Hub-Signature-256 must be the HMAC-SHA256 of the body keyed with
//     secret, or GitLab's X-Gitlab-Token must equal secret (both compared
//     in constant time); with an empty secret every request is refused;
//   - 405 Method Not Allowed for anything but POST;
//   - 413 Request Entity Too Large for a body over [MaxWebhookBody].
//
// The payload is not otherwise looked at: a push to any branch triggers a
// fetch, which finds out whether the followed revision changed. trigger
// runs on the request's goroutine and should not block (typically a
// non-blocking send on a buffered channel). The handler logs nothing, and
// neither the secret nor the request's headers appear in its responses.
func WebhookHandler(secret []byte, trigger func()) http.Handler {
	secret = append([]byte(nil), secret...)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if r.ContentLength > MaxWebhookBody {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxWebhookBody))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read request body", http.StatusBadRequest)
			return
		}

		var push bool
		switch {
		case len(secret) == 0:
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		case r.Header.Get("X-Hub-Signature-256") != "":
			if !validGitHubSignature(secret, body, r.Header.Get("X-Hub-Signature-256")) {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			push = r.Header.Get("X-GitHub-Event") == "push"
		case r.Header.Get("X-Gitlab-Token") != "":
			if !equalSecret(secret, []byte(r.Header.Get("X-Gitlab-Token"))) {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			ev := r.Header.Get("X-Gitlab-Event")
			push = ev == "Push Hook" || ev == "Tag Push Hook"
		default:
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if !push {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		trigger()
		w.WriteHeader(http.StatusAccepted)
	})
}

// validGitHubSignature checks a "sha256=<hex>" X-Hub-Signature-256 header.
func validGitHubSignature(secret, body []byte, header string) bool {
	sig, ok := strings.CutPrefix(header, "sha256=")
	if !ok {
		return false
	}
	got, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hmac.Equal(got, mac.Sum(nil))
}

// equalSecret compares in constant time, lengths included: it compares
// digests of equal length.
func equalSecret(secret, got []byte) bool {
	a, b := sha256.Sum256(secret), sha256.Sum256(got)
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}
