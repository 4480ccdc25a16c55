package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Errors worded as CPython words them, with the line (and for syntax errors the column) where they happened. Expected output is what CPython 3.11 prints for the same source. */
class ErrorTest {
    @Test
    void theBuiltinExceptionsStandInCPythonsHierarchy() {
        // the OSError family (IOError and EnvironmentError its aliases), EOFError and the Unicode errors, as except clauses name them
        assertPrints("""
            print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
            print([c.__name__ for c in BrokenPipeError.__mro__])
            print(issubclass(TimeoutError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(TabError, SyntaxError))
            try:
                raise EOFError("no input")
            except (EOFError, KeyboardInterrupt) as e:
                print(type(e).__name__, e)
            try:
                raise PermissionError("denied")
            except OSError as e:
                print(repr(e))
            print(issubclass(EncodingWarning, Warning), StopAsyncIteration.__mro__[1].__name__)
            """,
                """
                True True OSError
                ['BrokenPipeError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
                True True True
                EOFError no input
                PermissionError('denied')
                True Exception
                """);
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        assertFails("""
            x = 1
            y = = 2
            """,
                "SyntaxError: invalid syntax", 2, 5);
    }

    @Test
    void syntaxErrorMissingColon() {
        assertFails("""
            if x > 1
                pass
            """,
                "SyntaxError: expected ':'", 1, 9);
    }

    @Test
    void syntaxErrorUnmatchedBracket() {
        assertFails("""
            print(1))
            """,
                "SyntaxError: unmatched ')'", 1, 9);
    }

    @Test
    void cannotAssignToACall() {
        assertFails("""
            f() = 1
            """,
                "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    }

    @Test
    void cannotAssignToALiteral() {
        assertFails("""
            1 = x
            """,
                "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
    }

    @Test
    void nameError() {
        assertFails("""
            print("before")
            print(undefined)
            """,
                "NameError: name 'undefined' is not defined", 2, """
                before
                """);
    }

    @Test
    void unboundLocal() {
        assertFails("""
            x = 1
            def f():
                x += 1
            f()
            """,
                "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value", 3);
    }

    @Test
    void unsupportedOperand() {
        assertFails("""
            x = 1
            y = x + "2"
            """,
                "TypeError: unsupported operand type(s) for +: 'int' and 'str'", 2);
    }

    @Test
    void operatorErrorsAreWordedPerOperandType() {
        assertPrints("""
            for f in [lambda: "loss: " + 0.5, lambda: [1] + (2,), lambda: "ab" * 2.5, lambda: 1.5 & 1, lambda: True @ 2, lambda: 3 in 5]:
                try:
                    f()
                except TypeError as e:
                    print(e)
            print("%s" % [1], "ab" % {"k": 1})
            """,
                """
                can only concatenate str (not "float") to str
                can only concatenate list (not "tuple") to list
                can't multiply sequence by non-int of type 'float'
                unsupported operand type(s) for &: 'float' and 'int'
                unsupported operand type(s) for @: 'bool' and 'int'
                argument of type 'int' is not iterable
                [1] ab
                """);
    }

    @Test
    void unsupportedPower() {
        assertFails("""
            2 ** "x"
            """,
                "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'", 1);
    }

    @Test
    void badUnaryOperand() {
        assertFails("""
            -"x"
            """,
                "TypeError: bad operand type for unary -: 'str'", 1);
    }

    @Test
    void orderingNotSupported() {
        assertFails("""
            [1] < 2
            """,
                "TypeError: '<' not supported between instances of 'list' and 'int'", 1);
    }

    @Test
    void notCallable() {
        assertFails("""
            x = 5
            x()
            """,
                "TypeError: 'int' object is not callable", 2);
    }

    @Test
    void notSubscriptable() {
        assertFails("""
            x = 5
            x[0]
            """,
                "TypeError: 'int' object is not subscriptable", 2);
    }

    @Test
    void notIterable() {
        assertFails("""
            for i in 5:
                pass
            """,
                "TypeError: 'int' object is not iterable", 1);
    }

    @Test
    void cannotUnpackNonIterable() {
        assertFails("""
            a, b = 1
            """,
                "TypeError: cannot unpack non-iterable int object", 1);
    }

    @Test
    void notEnoughValuesToUnpack() {
        assertFails("""
            a, b, c = [1, 2]
            """,
                "ValueError: not enough values to unpack (expected 3, got 2)", 1);
    }

    @Test
    void listIndexOutOfRange() {
        assertFails("""
            xs = [1, 2]
            print(xs[2])
            """,
                "IndexError: list index out of range", 2);
    }

    @Test
    void tupleIndexOutOfRange() {
        assertFails("""
            (1,)[5]
            """,
                "IndexError: tuple index out of range", 1);
    }

    @Test
    void listIndicesMustBeIntegers() {
        assertFails("""
            [1, 2]["a"]
            """,
                "TypeError: list indices must be integers or slices, not str", 1);
    }

    @Test
    void keyErrorShowsTheKey() {
        assertFails("""
            d = {"a": 1}
            d["b"]
            """,
                "KeyError: 'b'", 2);
    }

    @Test
    void zeroDivisionMessages() {
        assertPrints("""
            for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0 ** -1]:
                try:
                    f()
                except ZeroDivisionError as e:
                    print(e)
            """,
                """
                division by zero
                integer division or modulo by zero
                integer modulo by zero
                float division by zero
                float floor division by zero
                float modulo
                0.0 cannot be raised to a negative power
                """);
    }

    @Test
    void integerDivisionByZeroIsAnError() {
        assertFails("""
            x = 0
            print(10 // x)
            """,
                "ZeroDivisionError: integer division or modulo by zero", 2);
    }

    @Test
    void attributeErrorOnBuiltin() {
        assertFails("""
            xs = []
            xs.push(1)
            """,
                "AttributeError: 'list' object has no attribute 'push'", 2);
    }

    @Test
    void attributeErrorOnModule() {
        assertFails("""
            import math
            math.tau2
            """,
                "AttributeError: module 'math' has no attribute 'tau2'", 2);
    }

    @Test
    void valueErrors() {
        assertFails("""
            int("3.5")
            """,
                "ValueError: invalid literal for int() with base 10: '3.5'", 1);
    }

    @Test
    void floatConversionError() {
        assertFails("""
            float("abc")
            """,
                "ValueError: could not convert string to float: 'abc'", 1);
    }

    @Test
    void lenOfInt() {
        assertFails("""
            len(5)
            """,
                "TypeError: object of type 'int' has no len()", 1);
    }

    @Test
    void errorInsideFunctionReportsTheInnerLine() {
        assertFails("""
            def f(x):
                y = x * 2
                return y / 0

            print(f(1))
            """,
                "ZeroDivisionError: division by zero", 3);
    }

    @Test
    void errorInsideLambdaReportsTheLambdasLine() {
        assertFails("""
            f = lambda x: x / 0

            print(f(1))
            """,
                "ZeroDivisionError: division by zero", 1);
    }

    @Test
    void errorInsideLoopBodyReportsItsLine() {
        assertFails("""
            for i in range(3):
                print(i)
                if i == 1:
                    [][i]
            """,
                "IndexError: list index out of range", 4, """
                0
                1
                """);
    }

    @Test
    void callOnAContinuationLineReportsItsOwnLine() {
        assertFails("""
            import math
            y = (1 +
                 math.sqrt(-1))
            """,
                "ValueError: math domain error", 3);
    }

    @Test
    void raiseUserMessage() {
        assertFails("""
            raise RuntimeError("custom message")
            """,
                "RuntimeError: custom message", 1);
    }

    @Test
    void assertionWithoutMessage() {
        assertFails("""
            x = 1
            assert x == 2
            """,
                "AssertionError", 2);
    }

    @Test
    void moduleNotFound() {
        assertFails("""
            import notamodule as nm
            """,
                "ModuleNotFoundError: No module named 'notamodule'", 1);
    }

    @Test
    void breakOutsideLoop() {
        assertFails("""
            break
            """,
                "SyntaxError: 'break' outside loop", 1, 1);
    }

    @Test
    void exceptionsInsideExceptHandlerPropagate() {
        assertFails("""
            try:
                1 / 0
            except ZeroDivisionError:
                undefined
            """,
                "NameError: name 'undefined' is not defined", 4);
    }

    @Test
    void printWithoutParentheses() {
        assertFails("""
            x = 1
            print "x is", x
            """,
                "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?", 2, 1);
    }

    @Test
    void assignmentInsteadOfComparison() {
        assertFails("""
            x = 1
            if x = 1:
                pass
            """,
                "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 4);
    }

    @Test
    void strJoinNeedsStrings() {
        assertFails("""
            ",".join([1, 2])
            """,
                "TypeError: sequence item 0: expected str instance, int found", 1);
    }
}
