// Package source is the git source the reconciler follows: it finds the
// desired revision of the intent repository and gives the files at that
// revision, and it owns the one way isobar reads a git revision: as an
// [fs.FS] over the repository's objects ([TreeFS]), which the command
// line's `plan --base` uses too.
//
// A [Git] follows one repository and one of a branch (its head), a tag or a
// pinned commit. [Git.Fetch] brings a local clone up to date and returns the
// desired [Revision]; [Git.FS] returns the repository at a revision, read
// from the clone's objects (nothing is checked out or copied), for the
// schema's loader to evaluate. [WebhookHandler] lets GitHub and GitLab push
// notifications trigger a fetch between polls.
//
// Design choices:
//
//   - Cheap polls. The clone is bare (objects and refs, no working tree) and
//     shallow: depth 1, the followed ref only, no tags. A poll first lists
//     the remote refs and fetches only if the revision changed. In memory
//     (the default) a changed revision replaces the previous one, so memory
//     holds one snapshot whatever the number of polls; GitOptions.CacheDir
//     keeps the clone on disk across restarts instead. A pinned commit is
//     fetched shallow by SHA-1 where the server allows it, else with full
//     history, and never fetched again.
//   - Credentials never in URLs, nor in logs or errors. URLs carrying them
//     are refused ([NewGit]); tokens and passwords are read from files or
//     environment variables at each fetch (rotation needs no restart), and
//     are scrubbed from error texts. [Git.String] and every error name the
//     repository by its URL without credentials, and the ref followed.
//   - SSH host keys are always verified against a known_hosts file (an
//     explicit, test-only switch turns that off).
//   - Errors callers branch on: [ErrUnreachable] (the network or the
//     server; transient: keep the last applied state), [ErrAuth],
//     [ErrNotFound], [ErrTooLarge]. Each network operation is bounded by
//     GitOptions.Timeout.
//   - Reading is defensive: symbolic links are reported, never followed
//     (the reader decides: the schema's loader refuses those that leave
//     the repository), submodules cannot be opened, entry names that are
//     not one path component are refused, and sizes are bounded before a
//     blob is inflated.
//
// The package logs nothing: the caller logs what it returns.
package source
