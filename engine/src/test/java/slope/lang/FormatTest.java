package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** The format-spec mini-language in f-strings, format() and str.format, and printf-style %. Expected output is what CPython 3.11 prints for the same source. */
class FormatTest {
    @Test
    void floatFixedAndScientific() {
        assertPrints("""
            x = 3.14159265
            print(f"{x:.2f}|{x:.0f}|{x:10.3f}|{x:<10.3f}|{x:^10.1f}|{x:+.2f}|{-x:.2f}|{x: .2f}")
            print(f"{x:.3e}|{1234.5:e}|{0.000123:.2E}|{0:.2e}|{-1e-10:.1e}")
            print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{1e20:.2f}")
            """,
                """
                3.14|3|     3.142|3.142     |   3.1    |+3.14|-3.14| 3.14
                3.142e+00|1.234500e+03|1.23E-04|0.00e+00|-1.0e-10
                2|4|0.12|0.38|100000000000000000000.00
                """);
    }

    @Test
    void generalFormat() {
        assertPrints("""
            for v in [0.0001234, 123456789.0, 1.5, 100.0, 1e-5, 123.456, 1e16, 0.0]:
                print(f"{v:g}|{v:.3g}|{v:.10g}|{v:G}|{v:#g}")
            """,
                """
                0.0001234|0.000123|0.0001234|0.0001234|0.000123400
                1.23457e+08|1.23e+08|123456789|1.23457E+08|1.23457e+08
                1.5|1.5|1.5|1.5|1.50000
                100|100|100|100|100.000
                1e-05|1e-05|1e-05|1E-05|1.00000e-05
                123.456|123|123.456|123.456|123.456
                1e+16|1e+16|1e+16|1E+16|1.00000e+16
                0|0|0|0|0.00000
                """);
    }

    @Test
    void noTypeWithPrecisionBehavesLikeRepr() {
        assertPrints("""
            for v in [1.0, 123.0, 100.0, 0.5, 1234.5678, 1e16, 1e-7]:
                print(f"{v}|{v:.3}|{v:10}|{v:.1}|")
            """,
                """
                1.0|1.0|       1.0|1e+00|
                123.0|1.23e+02|     123.0|1e+02|
                100.0|1e+02|     100.0|1e+02|
                0.5|0.5|       0.5|0.5|
                1234.5678|1.23e+03| 1234.5678|1e+03|
                1e+16|1e+16|     1e+16|1e+16|
                1e-07|1e-07|     1e-07|1e-07|
                """);
    }

    @Test
    void percentAndGrouping() {
        assertPrints("""
            print(f"{0.5:%}|{0.1234:.1%}|{1234567:,}|{1234567.891:,.2f}|{1234567:_}|{255:_x}")
            print(f"{1234:08,}|{-42:06}|{42:+06d}|{1e6:,}")
            """,
                """
                50.000000%|12.3%|1,234,567|1,234,567.89|1_234_567|ff
                0,001,234|-00042|+00042|1,000,000.0
                """);
    }

    @Test
    void integerBasesAndAlignment() {
        assertPrints("""
            n = 255
            print(f"{n:b}|{n:o}|{n:x}|{n:X}|{n:#x}|{n:#b}|{n:#010b}|{65:c}")
            print(f"{n:>6}|{n:<6}|{n:^6}|{n:*^7}|{n:=+6}|{-n:=6}")
            print(f"{n:.2f}|{n:e}|{n:%}|{True}|{True:d}")
            """,
                """
                11111111|377|ff|FF|0xff|0b11111111|0b11111111|A
                   255|255   | 255  |**255**|+  255|-  255
                255.00|2.550000e+02|25500.000000%|True|1
                """);
    }

    @Test
    void stringAlignmentAndTruncation() {
        assertPrints("""
            s = "loss"
            print(f"{s:>8}|{s:<8}|{s:^8}|{s:.2}|{s:-^10.3}|{s!r:>8}")
            """,
                """
                    loss|loss    |  loss  |lo|---los----|  'loss'
                """);
    }

    @Test
    void formatBuiltinAndStrFormat() {
        assertFails("""
            print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"))
            print("{} {} {}".format(1, "a", 2.5))
            print("{0} {1} {0}".format("a", "b"))
            print("{name}: {value:.4f}".format(name="loss", value=0.123456))
            print("{:>{w}}|{0[1]}|{p.real}".format([1, 2], w=8, p=3))
            print("{{}} {!r}".format("q"))
            """,
                "TypeError: unsupported format string passed to list.__format__", 5, """
                3.14 00042   x
                1 a 2.5
                a b a
                loss: 0.1235
                """);
    }

    @Test
    void printfStylePercent() {
        assertPrints("""
            print("%d items, %.3f loss, %s, %r" % (3, 0.12345, "ok", "ok"))
            print("%5.1f|%-5d|%05d|%x|%e|%g|%%" % (2.25, 7, 42, 255, 12345.678, 0.0001))
            print("step %d" % 5)
            """,
                """
                3 items, 0.123 loss, ok, 'ok'
                  2.2|7    |00042|ff|1.234568e+04|0.0001|%
                step 5
                """);
    }

    @Test
    void negativeZeroAndSpecialValues() {
        assertPrints("""
            print(f"{-0.0:.1f}|{-0.0001:.2f}|{-0.0001:z.2f}|{float('inf'):.2f}|{float('nan'):f}|{float('-inf'):e}")
            """,
                """
                -0.0|-0.00|0.00|inf|nan|-inf
                """);
    }

    @Test
    void formatSpecErrors() {
        assertFails("""
            print(f"{1.5:d}")
            """,
                "ValueError: Unknown format code 'd' for object of type 'float'", 1);
    }
}
