// Package milp is a small mixed-integer linear programming solver written in
// pure Go, together with runners for the external reference solvers CBC and
// GLPK.
//
// # Why a solver of our own
//
// No mature pure-Go MILP library exists: the Go ecosystem offers a dense LP
// simplex (gonum's lp.Simplex, far too slow for models with thousands of rows
// and columns) and bindings to C solvers that need cgo and a system library.
// isobar must build as a single static binary, so it carries this package.
// The external runners ([SolveExternal]) let users cross-check plans against
// COIN-OR CBC or GLPK when those are installed, and the tests compare every
// random instance against both.
//
// # Model
//
// A [Model] is a list of variables (bounds, objective coefficient,
// integrality) and a list of ranged rows Lower ≤ Σ coef·x ≤ Upper. The
// objective is always minimised. [Model.Check] is an independent feasibility
// check, and [Model.WriteMPS] writes free MPS that `cbc` and
// `glpsol --freemps` read.
//
// # Linear programming
//
// [SolveLP] and every node of [Solve] use a bounded-variable revised simplex
// method on the computational form
//
//	A·x − r = 0,   l ≤ x ≤ u,   L ≤ r ≤ U,
//
// where r holds one logical variable per row (the row activity). Bounds are
// handled implicitly: a nonbasic variable sits at one of its bounds (or at
// zero when free), never as an explicit row. The implementation:
//
//   - Scaling: a few passes of geometric-mean row/column scaling followed by
//     an equilibration pass; all factors are powers of two so that scaling
//     introduces no rounding error.
//   - Storage: A is kept column-wise and row-wise sparse (the row copy makes
//     the pivot row α_r = ρ_rᵀA cost proportional to the nonzeros touched).
//   - Basis factorisation: a sparse LU with Markowitz pivot selection
//     (count buckets, a few candidate rows/columns examined) and threshold
//     partial pivoting (u = 0.01); singular bases are repaired by swapping
//     in logicals. U is kept row-wise (for BTRAN) and column-wise (so
//     FTRAN skips zeros). Basis changes are product-form eta updates; the
//     basis is refactorised every 100 updates, when the eta file grows
//     large, or when a numerical check (the pivot seen by the row and by
//     the column disagree) fails.
//   - Dual simplex (the work horse): dual steepest-edge pricing
//     (Forrest–Goldfarb weights, updated with one extra FTRAN per
//     iteration), and a bound-flipping ("long step") ratio test with Harris
//     tolerances. A basis that is not dual feasible is made so by flipping
//     boxed variables and by giving the others a temporary artificial
//     bound (the "big box" method); if one is still active at the end, the
//     primal simplex finishes. Against stalling, the costs are perturbed by
//     small deterministic amounts when the dual objective stops moving:
//     those of all nonbasic variables, logicals included, and from then on
//     that of every variable as it leaves the basis (a variable leaving
//     after a degenerate pivot would otherwise get a zero reduced cost,
//     recreating the ties the perturbation is meant to break; on
//     degenerate models with many zero costs the dual simplex then
//     cycled). The perturbation is removed at the end and any dual
//     infeasibility that leaves behind is repaired by the primal simplex.
//   - Primal simplex: used after the dual as described, and when the dual
//     reports infeasibility that may rest on an artificial bound. Phase 1
//     minimises the sum of infeasibilities (composite costs recomputed
//     every iteration), phase 2 the true objective. Pricing is Dantzig's
//     rule on freshly computed reduced costs (full pricing: one BTRAN and
//     one pass over A per iteration); the ratio test is Harris's two-pass
//     test with bound flips of the entering variable. After many
//     degenerate iterations pricing switches to Bland's smallest-index
//     rule to break cycles.
//   - Termination is always confirmed after recomputing primal values and
//     reduced costs from scratch (on a fresh factorisation when the eta
//     file is long); infeasibility (dual unboundedness or a phase-1
//     optimum above zero) is only declared on a fresh factorisation, and
//     unboundedness (a primal ray) likewise.
//
// Dense work per iteration is O(m) vector passes (pricing, updates, the
// triangular solves); everything that touches A is sparse: the pivot row
// is accumulated from the row-wise copy of A over the nonzeros of ρ_r.
//
// Row duals (shadow prices) are reported in the original, unscaled units
// with the convention y_i = ∂(optimal objective)/∂(bound of row i): for a
// minimisation, a binding ≥ row has y ≥ 0 and a binding ≤ row has y ≤ 0.
//
// # Branch and bound
//
// [Solve] runs an LP-based branch and bound:
//
//   - Presolve (for the LP only; Check always uses the caller's model):
//     activity-based bound propagation over the rows (applied to integer
//     variables, rounded), and coefficient strengthening of binary
//     variables in one-sided rows (a big-M link x ≤ 100·y with x ≤ 6
//     becomes x ≤ 6·y), and probing: each binary is set to 0 and to 1 and
//     the change propagated over the rows it touches (incrementally, a
//     queue of rows, a work limit of 20 visits per nonzero); a side
//     proven infeasible fixes the binary to the other, and a bound both
//     sides imply holds for the model.
//   - Node propagation: the bound change of every node (and, for a node
//     taken from the queue, every branching bound on its path) is
//     propagated over the rows before its LP is solved; the integer
//     bounds it implies are applied to the LP (continuous ones are used
//     but not imposed), and a node it proves infeasible is closed without
//     an LP.
//   - Farkas constraints: when the dual simplex proves a node's LP
//     infeasible, the row of B⁻¹ at the row it could not repair weights
//     the global rows (presolved rows and root cuts) into one inequality
//     that the node's bounds violate; short ones are kept in a small pool
//     (conflict.go) that node propagation reads with the rows. Conflict
//     analysis of infeasible nodes into nogoods is built but off.
//   - Root cuts: rounds of Gomory mixed-integer cuts from the optimal root
//     tableau, kept short and numerically safe (coefficient range ≤ 1e6,
//     minimum efficacy), while the bound moves; cuts that are not binding
//     at the end are dropped before branching.
//   - Root c-MIR cuts (complemented mixed-integer rounding, Marchand and
//     Wolsey) in the same rounds: from every row holding a fractional
//     integer variable, alone or aggregated with up to two tight rows
//     that eliminate continuous variables strictly inside their bounds
//     (routing and demand rows, giving flow-cover-like cuts), variables
//     moved to their nearer bound, divisors among the coefficients of the
//     fractional integer variables and their halves. On budget and
//     capacity rows, which are knapsacks over general integers, these are
//     the cover cuts' general-integer form.
//   - Reduced-cost fixing: the root LP's reduced costs tighten the root
//     bounds of integer variables, for the whole tree, whenever the
//     incumbent improves.
//   - Two techniques exist but are off by default, because they did not
//     change the node counts of isobar's models by more than 1%: a
//     restart after root fixing (when reduced-cost fixing against the
//     root dive's incumbent has fixed at least 20% of the free integer
//     variables, presolve, root LP and cut rounds are run again on the
//     tightened bounds, with the first root's cuts and the incumbent
//     kept, at most twice), and dominated-column fixing in presolve (an
//     integer column no cheaper and no better in every row than an
//     unbounded one is fixed at its lower bound).
//   - Nodes store only their bound change and a compact copy of the
//     parent's optimal basis; every child LP is warm-started from it with
//     the dual simplex (the parent basis stays dual feasible after a bound
//     change, so a handful of pivots usually suffice). A child explored
//     right after its parent (a dive) continues from the LP in memory,
//     without refactorisation.
//   - Node selection is a hybrid: depth-first dives, continuing with the
//     child on the side the LP value rounds to, and best-bound selection
//     from a heap when a dive ends or its bound falls too far behind the
//     best open bound (more than 30% of the way to the incumbent).
//   - Branching is reliability branching: candidates are ranked by their
//     pseudo-cost product score; those with fewer than 4 observations per
//     direction are evaluated by strong branching (at most 40 dual pivots
//     per child, at most 10 candidates a node, stopping after 4 without
//     improvement), which also seeds their pseudo-costs. Strong branching
//     gives the children better bounds and drops children it proves
//     infeasible. Without any history the rule is most-fractional.
//   - Heuristics: simple rounding (nearest and up) of every node LP
//     solution and a fix-and-dive heuristic at the root that fixes batches
//     of nearly integral variables to their rounded values and re-solves,
//     backing off on infeasibility, to find incumbents early. A warm start
//     ([Options.Incumbent]) is accepted if it passes [Model.Check].
//   - Pruning uses the gap tolerance, and when every objective coefficient
//     is integral on integer variables (and zero on continuous ones) the
//     bound is rounded up to the next integer.
//   - The context and [Options.TimeLimit] are checked between nodes and
//     inside the simplex; on a limit the best incumbent is returned as
//     [Feasible] (or [NoSolution]) with the best proven bound.
//
// Every incumbent passes [Model.Check] on the caller's model with
// tolerance 1e-6 before it is accepted, and integer values are returned
// exactly integral. A node LP solution that is integral but misses the
// check by the LP's own tolerance is recomputed by the LP of the
// caller's model with the integer values fixed, so that the node closes
// instead of leaving the search without a proof.
//
// # Limitations
//
// No general presolve (rows and columns are never removed), cuts at the
// root only (GMI and c-MIR), no hypersparse solves, no parallelism. The
// simplex is meant for models up to some ten thousand rows and columns;
// bigger LPs work but each pivot costs O(m).
//
// Everything is single-threaded and free of map iteration, so the same
// model and options give the same result and node count.
package milp
