package slope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import slope.run.PyError;

/** Host objects get Python behaviour through a registered {@link ForeignType} (here the {@link Vec2} double). */
class ForeignTypeTest {
    private final StringBuilder out = new StringBuilder();
    private final Interpreter py = new Interpreter(out);

    ForeignTypeTest() {
        PyModule vec = new PyModule("vec");
        vec.set("Vec2", Vec2.TYPE);
        vec.def("ones", (args, kw) -> new Vec2(1, 1));
        py.addModule(vec);
        py.registerType(Vec2.class, Vec2.TYPE);
    }

    private String run(String src) { return PythonAssert.run(py, out, src); }

    @Test
    void binaryOperatorsReachTheTypeAndReflectedOperandsWork() {
        assertEquals("Vec2(3.0, 5.0) Vec2(2.0, 4.0) Vec2(1.0, 0.0) Vec2(1.0, 4.0) Vec2(5.0, 14.0) 11.0\n", run("""
                from vec import Vec2
                v = Vec2(1, 2)
                print(v + Vec2(2, 3), 2 * v, 2 - v, v ** 2, 2 * v ** 2 + 3 * v, v @ Vec2(3, 4))
                """));
    }

    @Test
    void unsupportedOperandsNameTheHostType() {
        PyError e = assertThrows(PyError.class, () -> run("from vec import Vec2\nVec2(1, 2) + 'a'\n"));
        assertEquals("TypeError: unsupported operand type(s) for +: 'Vec2' and 'str'", e.pythonLine());
        assertEquals(2, e.line());
        e = assertThrows(PyError.class, () -> run("from vec import Vec2\n~Vec2(1, 2)\n"));
        assertEquals("TypeError: bad operand type for unary ~: 'Vec2'", e.pythonLine());
    }

    @Test
    void inplaceOperatorsMutateWhenTheTypeSupportsIt() {
        assertEquals("True Vec2(0.0, 1.0) Vec2(2.0, 2.0)\n", run("""
                from vec import Vec2
                v = Vec2(1, 2)
                alias = v
                v -= 1
                w = Vec2(1, 1)
                w += 1
                print(alias is v, v, w)
                """));
    }

    @Test
    void unaryComparisonAndTruthiness() {
        assertEquals("Vec2(-1.0, 2.0) Vec2(1.0, 2.0) [False, True] [True, False]\nRuntimeError Boolean value of Vec2 is ambiguous\n", run("""
                from vec import Vec2
                v = Vec2(1, -2)
                print(-v, abs(v), v < 0, 0 < v)
                try:
                    if v:
                        pass
                except RuntimeError as e:
                    print(type(e).__name__, e)
                """));
    }

    @Test
    void getitemReceivesIntsSlicesTuplesNoneAndEllipsis() {
        assertEquals("1.0 2.0 slice 0:2:1 slice 1:-1:-1 tuple of 2 tuple of 2 None Ellipsis\n", run("""
                from vec import Vec2
                v = Vec2(1, 2)
                print(v[0], v[-1], v[:], v[::-1], v[:, 1], v[1:3, None], v[None], v[...])
                """));
    }

    @Test
    void setitemLenIterAndUnpacking() {
        assertEquals("2 [5.0, 2.0] 5.0 2.0\n", run("""
                from vec import Vec2
                v = Vec2(1, 2)
                v[0] = 5
                a, b = v
                print(len(v), list(v), a, b)
                """));
    }

    @Test
    void methodsPropertiesAndBoundMethods() {
        assertEquals("5.0 Vec2(3.0, 4.0) 6.0 Vec2(8.0, 6.0) 10.0 7.0\n", run("""
                from vec import Vec2
                v = Vec2(3, 4)
                n = v.norm
                print(n(), v.scale_(2), v.x, v.T, v.norm(), v.scale_(k=0.5).x + 4)
                """));
    }

    @Test
    void readOnlyPropertiesAndMissingAttributes() {
        PyError e = assertThrows(PyError.class, () -> run("from vec import Vec2\nv = Vec2(1, 2)\nv.T = 3\n"));
        assertEquals("AttributeError: 'Vec2' object attribute 'T' is read-only", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("from vec import Vec2\nv = Vec2(1, 2)\nv.grad\n"));
        assertEquals("AttributeError: 'Vec2' object has no attribute 'grad'", e.pythonLine());
    }

    @Test
    void contextManagerProtocol() {
        assertEquals("entered 1\n0 swallowed\n", run("""
                from vec import Vec2
                with Vec2(1, 2) as what:
                    print(what, __import_count__ if False else 1)
                with Vec2(0, 0):
                    {}['k']
                print(0, 'swallowed')
                """));
        assertEquals(0, Vec2.entered);
        assertThrows(PyError.class, () -> run("from vec import Vec2\nwith Vec2(0, 0):\n    1 / 0\n"));
        assertEquals(0, Vec2.entered);
    }

    @Test
    void callsAndConstructionThroughTheTypeObject() {
        assertEquals("Vec2(2.0, 4.0) Vec2(3.0, 0.0) Vec2(1.0, 1.0)\n", run("""
                import vec
                v = vec.Vec2(1, y=2)
                print(v(2), vec.Vec2(3), vec.ones())
                """));
        PyError e = assertThrows(PyError.class, () -> run("import vec\nvec.Vec2(1, z=2)\n"));
        assertEquals("TypeError: Vec2() got an unexpected keyword argument 'z'", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("import vec\nvec.Vec2(1, 2, 3)\n"));
        assertEquals("TypeError: Vec2() takes at most 2 arguments (3 given)", e.pythonLine());
        e = assertThrows(PyError.class, () -> run("import vec\nvec.Vec2()\n"));
        assertEquals("TypeError: Vec2() missing required argument 'x' (pos 1)", e.pythonLine());
    }

    @Test
    void typeObjectWorksWithIsinstanceAndType() {
        assertEquals("True False True Vec2 <class 'vec.Vec2'>\n", run("""
                from vec import Vec2
                v = Vec2(1, 2)
                print(isinstance(v, Vec2), isinstance(1.0, Vec2), isinstance(v, (int, Vec2)), type(v).__name__, type(v))
                """));
    }

    @Test
    void printStrFormatAndNumericConversions() {
        assertEquals("Vec2(1.5, 2.5) [Vec2(1.5, 2.5)] <1.50, 2.50> <1.500e+00, 2.500e+00> 1.5 1 Vec2(2.0, 2.0) x=Vec2(1.5, 2.5)\n", run("""
                from vec import Vec2
                x = Vec2(1.5, 2.5)
                print(x, [x], f"{x:.2f}", "{:.3e}".format(x), float(x), int(x), round(x), f"{x=}")
                """));
    }

    @Test
    void javaExceptionInsideANativeMethodBecomesAPyErrorWithTheLine() {
        PyError e = assertThrows(PyError.class, () -> run("from vec import Vec2\nv = Vec2(1, 2)\n\nv.explode()\n"));
        assertEquals("RuntimeError", e.type);
        assertTrue(e.getMessage().startsWith("internal error: ArrayIndexOutOfBoundsException"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void pyErrorsFromTheHostGetTheLineOfTheStatement() {
        PyError e = assertThrows(PyError.class, () -> run("from vec import Vec2\nv = Vec2(1, 2)\nprint('ok')\nv[5]\n"));
        assertEquals("IndexError: index 5 is out of bounds for Vec2", e.pythonLine());
        assertEquals(4, e.line());
        assertEquals("ok\n", out.toString());
    }
}
