package source

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestWebhook(t *testing.T) {
	t.Parallel()
	secret := []byte("webhook-secret-0123")
	body := `{"ref":"refs/heads/main"}`
	sign := func(key []byte, b string) string {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(b))
		return "sha256=" + hex.EncodeToString(m.Sum(nil))
	}

	for _, tc := range []struct {
		name    string
		method  string
		body    string
		headers map[string]string
		code    int
		trigger bool
	}{
		{"github push", "POST", body, map[string]string{"X-GitHub-Event": "push", "X-Hub-Signature-256": sign(secret, body)}, http.StatusAccepted, true},
		{"github ping", "POST", body, map[string]string{"X-GitHub-Event": "ping", "X-Hub-Signature-256": sign(secret, body)}, http.StatusNoContent, false},
		{"github bad signature", "POST", body, map[string]string{"X-GitHub-Event": "push", "X-Hub-Signature-256": sign([]byte("other"), body)}, http.StatusUnauthorized, false},
		{"github body changed", "POST", body + " ", map[string]string{"X-GitHub-Event": "push", "X-Hub-Signature-256": sign(secret, body)}, http.StatusUnauthorized, false},
		{"github sha1 only", "POST", body, map[string]string{"X-GitHub-Event": "push", "X-Hub-Signature-256": "sha1=00"}, http.StatusUnauthorized, false},
		{"gitlab push", "POST", body, map[string]string{"X-Gitlab-Event": "Push Hook", "X-Gitlab-Token": string(secret)}, http.StatusAccepted, true},
		{"gitlab tag push", "POST", body, map[string]string{"X-Gitlab-Event": "Tag Push Hook", "X-Gitlab-Token": string(secret)}, http.StatusAccepted, true},
		{"gitlab other event", "POST", body, map[string]string{"X-Gitlab-Event": "Issue Hook", "X-Gitlab-Token": string(secret)}, http.StatusNoContent, false},
		{"gitlab bad token", "POST", body, map[string]string{"X-Gitlab-Event": "Push Hook", "X-Gitlab-Token": "webhook-secret-0124"}, http.StatusUnauthorized, false},
		{"no signature", "POST", body, map[string]string{"X-GitHub-Event": "push"}, http.StatusUnauthorized, false},
		{"GET", "GET", "", nil, http.StatusMethodNotAllowed, false},
		{"oversized", "POST", strings.Repeat("x", MaxWebhookBody+1), map[string]string{"X-GitHub-Event": "push", "X-Hub-Signature-256": sign(secret, strings.Repeat("x", MaxWebhookBody+1))}, http.StatusRequestEntityTooLarge, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			triggered := 0
			h := WebhookHandler(secret, func() { triggered++ })
			req := httptest.NewRequest(tc.method, "/hook", strings.NewReader(tc.body))
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.code {
				t.Errorf("code %d, want %d", rec.Code, tc.code)
			}
			if (triggered == 1) != tc.trigger || triggered > 1 {
				t.Errorf("triggered %d times, want %v", triggered, tc.trigger)
			}
			if strings.Contains(rec.Body.String(), string(secret)) {
				t.Errorf("response shows the secret: %q", rec.Body.String())
			}
		})
	}

	// Oversized without a Content-Length (chunked).
	h := WebhookHandler(secret, func() { t.Error("triggered") })
	req := httptest.NewRequest("POST", "/hook", strings.NewReader(strings.Repeat("x", MaxWebhookBody+10)))
	req.ContentLength = -1
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked oversized: code %d", rec.Code)
	}

	// An empty secret refuses everything, even a matching signature.
	h = WebhookHandler(nil, func() { t.Error("triggered") })
	req = httptest.NewRequest("POST", "/hook", strings.NewReader(body))
	req.Header.Set("X-GitHub-Event", "push")
	req.Header.Set("X-Hub-Signature-256", sign(nil, body))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("empty secret: code %d", rec.Code)
	}
}
