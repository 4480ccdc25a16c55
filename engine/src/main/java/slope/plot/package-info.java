/**
 * Slope's plots: a figure model that records matplotlib.pyplot calls, and one SVG renderer for it.
 *
 * <p>{@link slope.plot.Pyplot} is {@code plt} for one run; {@link slope.plot.Axes} is {@code ax}. Each Java method is the
 * matplotlib call of the same name ({@code set_xlim} is {@code setXlim}, {@code tight_layout} is {@code tightLayout},
 * {@code close('all')} is {@code closeAll}). Positional arguments are plain Java data ({@code double[]},
 * {@code double[][]} with rows along y as from {@code meshgrid(..., indexing='xy')}, {@code String}); keyword arguments
 * come in an options object ({@link slope.plot.LineOptions}, {@link slope.plot.ScatterOptions},
 * {@link slope.plot.ContourOptions}) whose null fields are keywords not given, or as nullable parameters
 * ({@code figure(Double w, Double h)}, {@code xlim(Double left, Double right)}). Errors are
 * {@link java.lang.IllegalArgumentException}s with matplotlib's message, for the binding to raise as ValueError.
 *
 * <p>{@link slope.plot.Axes3D} is an axes made with {@code projection='3d'}; {@code Axes3DRenderer} draws it
 * through {@code Projection3D}, mplot3d's camera.
 *
 * <p>After a run the host calls {@link slope.plot.Pyplot#figures()} and renders each with
 * {@link slope.plot.SvgRenderer#render(slope.plot.Figure)}.
 */
package slope.plot;
