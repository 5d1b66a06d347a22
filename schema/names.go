package schema

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SafeText returns s with every character that could act on a terminal
// rather than show on it escaped as in a Go string literal: control
// characters (ANSI escape sequences start with one), format characters
// such as bidirectional overrides, and bytes that are not UTF-8. File names
// and messages from a repository pass through it before they are printed.
func SafeText(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case visible(r):
			b.WriteRune(r)
		default:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !visible(r) {
			return true
		}
		i += size
	}
	return false
}

// visible reports whether r shows as itself: a graphic character other
// than a format character, or a plain space.
func visible(r rune) bool {
	return r == ' ' || unicode.IsGraphic(r) && !unicode.Is(unicode.Cf, r) && r != utf8.RuneError
}
