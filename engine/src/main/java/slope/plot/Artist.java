package slope.plot;

/** Something drawn inside an Axes. Plain data: the renderer decides how it looks. */
public sealed interface Artist permits Line, ErrorBars, Scatter, Contour, RefLine, Text, Patches, Quiver, Image, Surface, Line3D, Scatter3D, Contour3D {
    /** The legend label, or null; labels starting with '_' stay out of the legend, as in matplotlib. */
    String label();
}
