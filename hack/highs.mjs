// Solves one MPS model with HiGHS (the npm package highs, WebAssembly) for
// the solver benchmark (planner/internal/solverbench, make bench-highs).
//
// Usage: node hack/highs.mjs MODEL.mps TIME_LIMIT_SECONDS RELATIVE_GAP
//
// NODE_PATH names the node_modules folder holding highs. Prints one JSON
// line: status (HiGHS model status code; 7 optimal, 8 infeasible, 13 time
// limit), hasSolution, objective, bound (the proven dual bound), seconds
// (reading and solving the model, after a warm-up solve; node's start and
// the WebAssembly compilation left out) and rssKiB (node's peak resident
// memory). cpuSeconds is the CPU time of the same span. Exits 2 on bad arguments or a model HiGHS cannot read.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [file, limitArg, gapArg] = process.argv.slice(2);
const limit = Number(limitArg);
const gap = Number(gapArg);
if (!file || !(limit > 0) || !(gap >= 0)) {
  console.error("usage: node highs.mjs MODEL.mps TIME_LIMIT_SECONDS RELATIVE_GAP");
  process.exit(2);
}
// Resolved from NODE_PATH, which ES module imports ignore.
const require = createRequire(join(process.env.NODE_PATH || process.cwd(), "noop.js"));
const { default: loadHighs } = await import(pathToFileURL(require.resolve("highs").replace(/highs\.js$/, "highs.mjs")).href);

// An error prints its message alone: node would print the minified
// WebAssembly glue around it.
process.on("uncaughtException", (err) => {
  console.error(`${file}: HiGHS failed: ${err.message}`);
  process.exit(2);
});
// HiGHS is single-threaded in WebAssembly.
const highs = await loadHighs();
// A first solve of a tiny model compiles what the WebAssembly runtime
// compiles lazily, so that seconds measures the solver alone.
const warmup = [
  "NAME warmup FREE", "ROWS", " N obj", " G c1", " L c2", "COLUMNS",
  " MARKER 'MARKER' 'INTORG'", " x obj 1", " x c1 2", " x c2 1", " y obj 1.5", " y c1 3", " y c2 1",
  " MARKER 'MARKER' 'INTEND'", " z obj 0.1", " z c1 1", "RHS", " rhs c1 7.5", " rhs c2 9",
  "BOUNDS", " UP bnd x 10", " UP bnd y 10", " UP bnd z 0.4", "ENDATA", "",
].join("\n");
for (let i = 0; i < 2; i++) {
  const warm = highs.createModel({ format: "mps", data: new TextEncoder().encode(warmup) });
  warm.options.set({ output_flag: false });
  warm.run();
  warm.dispose();
}
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const data = readFileSync(file);
let out;
let model;
try {
  model = highs.createModel({ format: "mps", data });
} catch (err) {
  console.error(`${file}: HiGHS cannot read the model: ${err.message}`);
  process.exit(2);
}
try {
  model.options.set({ output_flag: false, time_limit: limit, mip_rel_gap: gap });
  model.run();
  const status = Number(model.getModelStatus());
  let hasSolution = false;
  try {
    hasSolution = Number(model.info.get("primal_solution_status")) === 2;
  } catch {
    hasSolution = status === 7;
  }
  let bound = null;
  try {
    bound = Number(model.info.get("mip_dual_bound"));
  } catch {
    // An LP has no MIP bound.
  }
  out = { status, hasSolution, objective: hasSolution ? model.getObjectiveValue() : null, bound };
} finally {
  model.dispose();
}
out.seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
out.cpuSeconds = (cpu.user + cpu.system) / 1e6;
out.rssKiB = process.resourceUsage().maxRSS;
console.log(JSON.stringify(out));
