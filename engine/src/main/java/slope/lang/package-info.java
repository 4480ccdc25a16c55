/**
 * The Python subset that runs learners' PyTorch code.
 *
 * <p>Source goes {@link slope.lang.Lexer} (tokens, INDENT/DEDENT) → {@link slope.lang.Parser}
 * (a tree of {@link slope.lang.Expr} and {@link slope.lang.Stmt} nodes, plus a {@link slope.lang.Scope}
 * tree that turns every local variable into an array slot) → evaluation, each node evaluating
 * itself in a {@link slope.lang.Frame}. Operators, indexing, attributes and calls over all kinds
 * of values live in {@link slope.lang.Ops}; printing in {@link slope.lang.Text} and
 * {@link slope.lang.FormatSpec}; builtins in {@link slope.lang.Builtins}, {@link slope.lang.Methods},
 * {@link slope.lang.MathModule}, {@link slope.lang.RandomModule} and {@link slope.lang.SysModule}
 * ({@code sys}, {@code time}). Generator functions resume through {@link slope.lang.Generator}.
 *
 * <p>The host (the torch binding) extends it through {@link slope.lang.Interpreter}: Java modules
 * ({@link slope.lang.PyModule} with {@link slope.lang.Native} functions whose arguments
 * {@link slope.lang.Args} parses), modules written in Python ({@code addPythonModule}), and Python
 * behaviour for Java objects ({@link slope.lang.ForeignType}).
 *
 * <p>Python values are Java objects: int {@code Long}, float {@code Double}, bool {@code Boolean},
 * str {@code String}, None {@link slope.lang.Py#NONE}, and {@link slope.lang.PyList},
 * {@link slope.lang.PyTuple}, {@link slope.lang.PyDict}; Java null never is a Python value.
 * Everything here compiles with TeaVM to wasm-gc: no reflection, threads or {@code String.format}.
 */
package slope.lang;
