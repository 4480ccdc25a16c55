package slope.plot;

/** Something drawn inside an Axes. Plain data: the renderer decides how it looks. */
public sealed interface Artist permits Line, Scatter, Contour, RefLine, Text, Patches, Quiver, Image {
    /** The legend label, or null; labels starting with '_' stay out of the legend, as in matplotlib. */
    String label();
}
