package slope.lang;

import static slope.lang.PythonAssert.assertFails;

import org.junit.jupiter.api.Test;

/** Where Slope's Python deliberately stops short of CPython, it says so instead of printing something wrong. */
class KnownLimitsTest {
    @Test
    void integersAre64BitAndOverflowIsAnError() {
        assertFails("print(2 ** 62)\nx = 2 ** 64\n", "OverflowError: integer result too large (Slope integers are 64-bit)", 2,
                "4611686018427387904\n");
    }

    @Test
    void negativeNumbersToFractionalPowersAreNotComplex() {
        assertFails("x = (-8) ** (1 / 3)\n",
                "ValueError: math domain error (a negative number to a fractional power is complex; Slope has no complex numbers)", 1);
    }

    @Test
    void complexLiteralsAreNotSupported() {
        assertFails("z = 1j\n", "NotImplementedError: complex numbers are not supported", 1);
    }

    @Test
    void filesAndKeyboardAreUnavailable() {
        assertFails("name = input()\n", "OSError: input() is not available: programs here cannot read from the keyboard", 1);
    }
}
