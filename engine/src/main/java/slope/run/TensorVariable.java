package slope.run;

import slope.tensor.Tensor;

/** A user's variable that holds a tensor at the end of a run, for the page's variables panel. */
public record TensorVariable(String name, Tensor tensor) {}
