package bundle

import "bytes"

// countDocuments counts the YAML documents of a file as the parser splits
// them (k8s.io/apimachinery's YAMLReader): a line starting with "---" ends
// a document that has at least one line. It is an upper bound of the
// file's objects (documents of only comments or blanks hold none), cheap
// enough to run before parsing.
func countDocuments(data []byte) int {
	n, open := 0, false
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		if bytes.HasPrefix(line, []byte("---")) {
			if open {
				n++
				open = false
			}
			continue
		}
		open = true
	}
	if open {
		n++
	}
	return n
}
