package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** The random module follows CPython's Mersenne Twister, so seeded programs print CPython's numbers. Expected output is what CPython 3.11 prints for the same source. */
class RandomModuleTest {
    @Test
    void seededSequencesMatchCPython() {
        assertPrints("""
            import random
            random.seed(0)
            print(random.random(), random.random(), random.uniform(-1, 1))
            print([random.randint(1, 6) for _ in range(10)], random.randrange(100), random.randrange(5, 50, 5), random.getrandbits(40))
            xs = list(range(10))
            random.shuffle(xs)
            print(xs, random.choice("abcdef"), random.gauss(0, 1), random.gauss(5, 2))
            random.seed(42)
            print(random.random(), [round(random.uniform(0, 10), 3) for _ in range(3)])
            random.seed(2**40 + 7)
            print(random.random(), random.randint(0, 10**12))
            random.seed(-5)
            print(random.random())
            """,
                """
                0.8444218515250481 0.7579544029403025 -0.15885683833831
                [3, 5, 4, 4, 3, 4, 3, 5, 2, 5] 17 25 829528891695
                [3, 8, 9, 6, 5, 0, 7, 2, 4, 1] c -1.2581032977244673 6.1044400101219995
                0.6394267984578837 [0.25, 2.75, 2.232]
                0.6137037779936511 704138462757
                0.6229016948897019
                """);
    }
}
