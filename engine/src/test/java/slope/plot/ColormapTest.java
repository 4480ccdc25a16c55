package slope.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Colormaps give the hex colours matplotlib writes; expected values are matplotlib 3.11's to_hex(cmap(i)). */
class ColormapTest {
    private static final int[] ENTRIES = {0, 1, 37, 127, 128, 200, 254, 255};

    private static void assertEntries(String name, String expected) {
        Colormap map = Colormap.named(name);
        StringBuilder got = new StringBuilder();
        // entry i of the 256-entry table is what a value in [i / 256, (i + 1) / 256) looks up
        for (int i : ENTRIES) got.append(got.length() == 0 ? "" : " ").append(map.color((i + 0.5) / 256).substring(1));
        assertEquals(expected, got.toString(), name);
    }

    @Test
    void tableAndSegmentMapsGiveMatplotlibsEntries() {
        assertEntries("viridis", "440154 440256 46337f 21908d 21918c 70cf57 fbe723 fde725");
        assertEntries("plasma", "0d0887 100788 5502a4 cb4679 cc4778 fba139 f0f724 f0f921");
        assertEntries("coolwarm", "3b4cc0 3c4ec2 688aef dcdddd dddcdc f08b6e b50927 b40426");
        assertEntries("hot", "0b0000 0d0000 6c0000 ff5900 ff5c00 ffff26 fffffb ffffff");
        assertEntries("winter", "0000ff 0001fe 0025ec 007fc0 0080bf 00c89b 00fe80 00ff80");
        assertEntries("twilight", "e2d9e2 e1d9e2 bbcad1 6276ba 6275ba 562182 301437 2f1436");
        assertEntries("jet", "000080 000084 0014ff 7aff7d 7dff7a ff7700 840000 800000");
        assertEntries("terrain_r", "ffffff fdfcfc b5a09c fefe98 fdff99 00bb9b 32369c 333399");
    }

    @Test
    void colorBrewerMapsSpreadTheirColoursEvenly() {
        assertEntries("RdYlBu", "a50026 a70226 e44c34 fffebe feffc0 7db4d5 323896 313695");
    }

    @Test
    void aValueInZeroToOneLooksUpItsEntry() {
        Colormap map = Colormap.named("coolwarm");
        assertEquals("#3b4cc0 #dddcdc #b40426 #b40426 #9ebeff",
            map.color(0.0) + " " + map.color(0.5) + " " + map.color(0.999) + " " + map.color(1.0) + " " + map.color(0.3));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Colormap.named("nope"));
        assertTrue(e.getMessage().startsWith("'nope' is not a valid value for cmap; supported values are 'gray', 'binary', 'Greys'"),
            e.getMessage());
        assertTrue(e.getMessage().contains("'coolwarm'") && e.getMessage().endsWith("and their '_r' reversals"), e.getMessage());
    }
}
