package planner

import "testing"

func TestWindowName(t *testing.T) {
	for _, tc := range []struct {
		span weekSpan
		want string
	}{
		{weekSpan{0, 1}, "Mon 00:00–01:00 UTC"},
		{weekSpan{9, 3}, "Mon 09:00–12:00 UTC"},
		{weekSpan{20, 4}, "Mon 20:00–24:00 UTC"},
		{weekSpan{22, 4}, "Mon 22:00–Tue 02:00 UTC"},
		{weekSpan{167, 1}, "Sun 23:00–24:00 UTC"},
		{weekSpan{4*24 + 18, 54}, "Fri 18:00–Mon 00:00 UTC"},
	} {
		if got := windowName(tc.span); got != tc.want {
			t.Errorf("windowName(%+v) = %q, want %q", tc.span, got, tc.want)
		}
	}
}

func TestSplitWeek(t *testing.T) {
	var a, b profiled
	for h := range a.hourly {
		a.hourly[h] = float64(h / 24) // changes each midnight
		if h >= 30 && h < 33 {
			b.hourly[h] = 5 // and a bump on Tuesday
		}
	}
	spans := splitWeek("auto", []profiled{a, b})
	want := []weekSpan{{0, 24}, {24, 6}, {30, 3}, {33, 15}, {48, 24}, {72, 24}, {96, 24}, {120, 24}, {144, 24}}
	if len(spans) != len(want) {
		t.Fatalf("spans %v, want %v", spans, want)
	}
	for i := range want {
		if spans[i] != want[i] {
			t.Errorf("span %d is %v, want %v", i, spans[i], want[i])
		}
	}
	if n := len(splitWeek("hourly", []profiled{a, b})); n != 168 {
		t.Errorf("hourly: %d spans", n)
	}
}
