package slope.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** SeedSequence and PCG64 against NumPy 2.4.6: {@code SeedSequence(s).pool}, {@code PCG64(s).state} and the first draws. */
class Pcg64Test {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private static BigInteger u128(long hi, long lo) {
        return new BigInteger(Long.toUnsignedString(hi)).multiply(TWO_64).add(new BigInteger(Long.toUnsignedString(lo)));
    }

    @Test
    void seedSequencePoolIsNumpys() {
        // np.random.SeedSequence(s).pool
        assertArrayEquals(new int[] {(int) 4265667335L, 1328953910, 1320288413, (int) 3365567143L}, new SeedSequence(0).pool());
        assertArrayEquals(new int[] {1662858758, 128880814, 1875164712, 753753205}, new SeedSequence(42).pool());
        assertArrayEquals(new int[] {1943228144, (int) 3666975122L, 1548130432, 663351627}, new SeedSequence(4294967301L).pool());
    }

    @Test
    void seedSequenceStateIsNumpys() {
        // np.random.SeedSequence(0).generate_state(4, np.uint64), as pairs of little-endian 32-bit words
        int[] w = new SeedSequence(0).generateState(8);
        long[] expected = {Long.parseUnsignedLong("15793235383387715774"), Long.parseUnsignedLong("12390638538380655177"),
                2361836109651742017L, 3188717715514472916L};
        for (int i = 0; i < 4; i++) assertEquals(expected[i], (w[2 * i] & 0xFFFFFFFFL) | ((long) w[2 * i + 1] << 32), "word " + i);
    }

    private static void assertState(long seed, String state, String inc) {
        long[] s = new Pcg64(seed).state();
        assertEquals(new BigInteger(state), u128(s[0], s[1]), "state of PCG64(" + seed + ")");
        assertEquals(new BigInteger(inc), u128(s[2], s[3]), "inc of PCG64(" + seed + ")");
    }

    @Test
    void pcg64StateIsNumpys() {
        // np.random.PCG64(s).state['state']
        assertState(0, "35399562948360463058890781895381311971", "87136372517582989555478159403783844777");
        assertState(1, "207833532711051698738587646355624148094", "194290289479364712180083596243593368443");
        assertState(42, "274674114334540486603088602300644985544", "332724090758049132448979897138935081983");
        assertState(4294967301L, "54757004869689011157327405944551088965", "51930290519656236353899355744647017411");
    }

    @Test
    void drawsAreNumpys() {
        // np.random.PCG64(0).random_raw(3)
        Pcg64 g = new Pcg64(0);
        assertEquals(Long.parseUnsignedLong("11749869230777074271"), g.nextLong());
        assertEquals(4976686463289251617L, g.nextLong());
        assertEquals(755828109848996024L, g.nextLong());
    }
}
