package slope.lang;

import slope.run.PyError;

/** A PyError raised by Python code ({@code raise}), carrying the exception instance for {@code except ... as e}. */
public final class PyException extends PyError {
    public final PyInstance instance;

    PyException(PyInstance instance, String message) {
        super(instance.cls.name, message);
        this.instance = instance;
    }
}
