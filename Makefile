# isobar — run `make help` for the targets.

SHELL        := /bin/bash
.SHELLFLAGS  := -eu -o pipefail -c
GO           ?= go
CACHE        := $(CURDIR)/.cache
BIN          := $(CURDIR)/bin
TOOLS        := $(CACHE)/tools
GOLANGCI     := $(TOOLS)/golangci-lint
GOLANGCI_VER := v2.15.0
VERSION      ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
LDFLAGS      := -X isobar.dev/isobar/internal/version.Version=$(VERSION)
PKGS         := ./...

.DEFAULT_GOAL := help

.PHONY: help
help: ## Show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: build
build: ## Build bin/isobar
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN)/isobar ./cmd/isobar

.PHONY: cue
cue: ## Build bin/cue, the upstream cue CLI at the version go.mod pins
	$(GO) build -o $(BIN)/cue cuelang.org/go/cmd/cue

.PHONY: test
test: ## Run every test: builds the cluster binaries and cosign once per machine (PREPARE=0 skips), ends with a summary naming each skipped test
	GO=$(GO) PKGS='$(PKGS)' hack/test.sh

.PHONY: kube
kube: ## Build kube-apiserver, controller manager, scheduler, etcd and kwok into ~/.cache/isobar/kube (once per machine; 15-25 min cold)
	hack/build-kube.sh

.PHONY: cosign
cosign: ## Build the upstream cosign and crane CLIs into ~/.cache/isobar/tools (for the bundle interop tests)
	hack/build-cosign.sh --crane

.PHONY: test-race
test-race: ## Run all tests with the race detector
	$(GO) test -race -count=1 $(PKGS)

.PHONY: fuzz
fuzz: ## Fuzz the intent loader for 60s
	$(GO) test ./schema -run '^$$' -fuzz FuzzLoad -fuzztime 60s

.PHONY: bench
bench: ## Run every benchmark: planner 20x10..5000x500 vs a capacity-weighted split, a week of 168 windows at 200x50, publish vs crane+cosign, apply vs kubectl and a plain client
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 1x -timeout 60m $(PKGS)

.PHONY: bench-bundle
bench-bundle: cosign ## Publish 3x1000-object bundles: isobar against crane.Push + the cosign CLI
	$(GO) test ./bundle -run '^$$' -bench BenchmarkPublish -benchtime 5x

.PHONY: bench-cbc
bench-cbc: ## Built-in solver against CBC side by side (ISOBAR_CBC_LIMIT, default 10m per solve)
	ISOBAR_BENCH_CBC=1 $(GO) test ./planner -run '^$$' -bench BenchmarkVsCBC -benchtime 1x -timeout 120m

.PHONY: bench-highs
bench-highs: build ## bin/isobar against HiGHS (npm highs, installed on first use) and CBC on 47 generated instances up to 200x50; BENCH_FLAGS: -run, -limit, -docs docs/planner.md
	$(GO) run ./planner/internal/solverbench -isobar $(BIN)/isobar $(BENCH_FLAGS)

.PHONY: bench-week
bench-week: ## A week of 168 hourly windows for 200 workloads x 50 clusters (60 s limit, 1% gap); ISOBAR_MOVE_COST sets planning.moveCostUSD
	$(GO) test ./planner -run '^$$' -bench '^BenchmarkWeek$$' -benchtime 1x

.PHONY: generate
generate: ## Regenerate generated files (catalog, example bindings, CLI reference)
	$(GO) generate $(PKGS)
	$(GO) test ./internal/scaffold -run TestExampleBindings -update
	$(GO) test ./internal/cli -run TestCLIReference -update

.PHONY: fmt
fmt: ## Format Go and CUE sources
	gofmt -w $$(git ls-files '*.go')
	$(GO) tool cue fmt ./...

.PHONY: tidy
tidy: ## Tidy go.mod
	$(GO) mod tidy

$(GOLANGCI):
	@mkdir -p $(TOOLS)
	GOBIN=$(TOOLS) $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_VER)

.PHONY: lint
lint: $(GOLANGCI) ## Run go vet and golangci-lint
	$(GO) vet $(PKGS)
	$(GOLANGCI) run $(PKGS)

.PHONY: verify
verify: generate fmt tidy ## Fail if generate, fmt or tidy change the tree
	@if [ -n "$$(git status --porcelain)" ]; then \
		echo "the tree is dirty after generate/fmt/tidy:"; git status --porcelain; git --no-pager diff | head -50; exit 1; fi

.PHONY: demo
demo: build ## The whole story on this machine: 3 simulated clouds, registry, git, signed bundles, reconciler, DNS answers
	@hack/build-kube.sh >/dev/null
	@hack/build-cosign.sh --coredns >/dev/null
	$(GO) build -o $(BIN)/isobar-demo ./cmd/isobar-demo
	$(BIN)/isobar-demo -isobar $(BIN)/isobar -coredns "$$(hack/build-cosign.sh --coredns --check)"

DIST         ?= $(CURDIR)/dist
RELEASE_KEY  ?= $(CACHE)/release/cosign.key
REVISION     := $(shell git rev-parse HEAD 2>/dev/null)
CREATED      := $(shell git log -1 --format=%ct 2>/dev/null || echo 1)
IMAGE_REPO   ?= ghcr.io/isobar-dev/isobar
CUE_REGISTRY ?= isobar.dev=ghcr.io/isobar-dev/cue

$(RELEASE_KEY):
	@mkdir -p $(dir $(RELEASE_KEY))
	@echo "no RELEASE_KEY: making a local key pair in $(dir $(RELEASE_KEY)) (set RELEASE_KEY and COSIGN_PASSWORD for a real release)"
	COSIGN_PASSWORD=$${COSIGN_PASSWORD:-local-release} $(GO) run ./cmd/isobar keygen --out-dir $(dir $(RELEASE_KEY))

.PHONY: release
release: $(RELEASE_KEY) ## Reproducible binaries (linux, darwin × amd64, arm64), SBOM, checksums.txt signed with RELEASE_KEY, into DIST
	COSIGN_PASSWORD=$${COSIGN_PASSWORD:-local-release} $(GO) run ./cmd/isobar-release dist --out $(DIST) \
		--version $(VERSION) --revision $(REVISION) --created $(CREATED) --key $(RELEASE_KEY)

.PHONY: release-image
release-image: $(RELEASE_KEY) ## Push and sign the agent image IMAGE_REPO:VERSION from DIST's linux binaries (after make release)
	COSIGN_PASSWORD=$${COSIGN_PASSWORD:-local-release} $(GO) run ./cmd/isobar-release image --dist $(DIST) --repo $(IMAGE_REPO) \
		--version $(VERSION) --revision $(REVISION) --created $(CREATED) --key $(RELEASE_KEY)

.PHONY: release-schema
release-schema: ## Publish the schema as the CUE module isobar.dev/schema@v0 at SCHEMA_VERSION to CUE_REGISTRY
	$(GO) run ./cmd/isobar-release schema --registry '$(CUE_REGISTRY)' --version $(SCHEMA_VERSION) \
		--revision $(REVISION) --created $(CREATED)

.PHONY: clean
clean: ## Remove build outputs (keeps the tool cache)
	rm -rf $(BIN)
