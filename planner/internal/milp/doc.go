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
//   - Basis factorisation: a sparse LU with Markowitz pivot selection and
//     threshold partial pivoting (u = 0.01), followed by product-form eta
//     updates; the basis is refactorised every 100 updates, when the eta
//     file grows large, or when a numerical check fails.
//   - Dual simplex (the work horse): dual steepest-edge pricing
//     (Forrest–Goldfarb weights, updated with one extra FTRAN per
//     iteration), and a bound-flipping ("long step") ratio test with Harris
//     tolerances. Against stalling, the costs are perturbed by small
//     deterministic amounts when the dual objective stops moving; the
//     perturbation is removed at the end and any dual infeasibility that
//     leaves behind is repaired by the primal simplex.
//   - Primal simplex: used when the starting basis is not dual feasible
//     (negative costs on variables without an upper bound, free variables)
//     and to clean up after the dual. Phase 1 minimises the sum of
//     infeasibilities (composite costs recomputed every iteration), phase 2
//     the true objective. Pricing is Dantzig's rule on freshly computed
//     reduced costs (full pricing; the rows are few compared with the work
//     of one FTRAN); the ratio test is Harris's two-pass test with bound
//     flips of the entering variable. After many degenerate iterations
//     pricing switches to Bland's smallest-index rule to break cycles.
//   - Termination is always confirmed on a fresh factorisation with
//     recomputed primal values and reduced costs; infeasibility (dual
//     unboundedness or a phase-1 optimum above zero) and unboundedness
//     (a primal ray) are reported as such.
//
// Row duals (shadow prices) are reported in the original, unscaled units
// with the convention y_i = ∂(optimal objective)/∂(bound of row i): for a
// minimisation, a binding ≥ row has y ≥ 0 and a binding ≤ row has y ≤ 0.
//
// # Branch and bound
//
// [Solve] runs an LP-based branch and bound:
//
//   - Nodes store only their bound change and a compact copy of the
//     parent's optimal basis; every child LP is warm-started from it with
//     the dual simplex (the parent basis stays dual feasible after a bound
//     change, so a handful of pivots usually suffice).
//   - Node selection is a hybrid: depth-first dives (always continuing with
//     the child on the side the LP value rounds to), and best-bound
//     selection from a heap when a dive ends.
//   - Branching uses pseudo-costs (product score), initialised by the most
//     fractional rule until a variable has history in both directions.
//   - Heuristics: simple rounding of every node LP solution and a
//     fix-and-dive heuristic at the root that rounds batches of nearly
//     integral variables and re-solves, to find incumbents early. A warm
//     start ([Options.Incumbent]) is accepted if it passes [Model.Check].
//   - Pruning uses the gap tolerance, and when every objective coefficient
//     is integral on integer variables (and zero on continuous ones) the
//     bound is rounded up to the next integer.
//   - The context and [Options.TimeLimit] are checked between nodes and
//     inside the simplex; on a limit the best incumbent is returned as
//     [Feasible] (or [NoSolution]) with the best proven bound.
//
// Everything is single-threaded and free of map iteration, so the same
// model and options give the same result and node count.
package milp
