package schema

import (
	"slices"
	"strings"
)

// Built-in jurisdictions besides country codes.
const (
	// EU is the 27 member states of the European Union.
	EU = "EU"
	// EEA is the European Economic Area: the EU, Iceland, Liechtenstein and Norway.
	EEA = "EEA"
)

var euMembers = strings.Fields("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")

// iso3166 lists the ISO 3166-1 alpha-2 codes.
var iso3166 = strings.Fields(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`)

// IsCountry reports whether code is an ISO 3166-1 alpha-2 country code.
func IsCountry(code string) bool {
	_, ok := slices.BinarySearch(iso3166, code)
	return ok
}

// Jurisdictions resolves jurisdiction names to sets of countries: the
// built-in EU and EEA, country codes, and the groups an intent declares.
type Jurisdictions struct {
	groups map[string]Jurisdiction
}

// NewJurisdictions returns a resolver for the groups declared in intent.
func NewJurisdictions(groups map[string]Jurisdiction) *Jurisdictions {
	return &Jurisdictions{groups: groups}
}

// Countries returns the sorted countries of a jurisdiction and whether the
// name is known. Groups may include other groups; a cycle is not known.
func (j *Jurisdictions) Countries(name string) ([]string, bool) {
	set := map[string]bool{}
	if !j.expand(name, set, map[string]bool{}) {
		return nil, false
	}
	out := make([]string, 0, len(set))
	for c := range set {
		out = append(out, c)
	}
	slices.Sort(out)
	return out, true
}

func (j *Jurisdictions) expand(name string, set, visiting map[string]bool) bool {
	if g, ok := j.groups[name]; ok {
		if visiting[name] {
			return false
		}
		visiting[name] = true
		defer delete(visiting, name)
		for _, m := range g.Countries {
			if !j.expand(m, set, visiting) {
				return false
			}
		}
		return true
	}
	switch {
	case name == EU:
		for _, c := range euMembers {
			set[c] = true
		}
	case name == EEA:
		for _, c := range append(slices.Clone(euMembers), "IS", "LI", "NO") {
			set[c] = true
		}
	case IsCountry(name):
		set[name] = true
	default:
		return false
	}
	return true
}

// Contains reports whether country belongs to the jurisdiction.
func (j *Jurisdictions) Contains(name, country string) bool {
	cs, ok := j.Countries(name)
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(cs, country)
	return found
}
