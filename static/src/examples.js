// The examples menu: the tutorial's programs, in the order a learner meets them. Each is a file in
// examples/ (bundled as text), so the command line, the tests and CI run the very same programs.
import scalar from "../../examples/autograd_basics.py";
import tensor2x2 from "../../examples/tensor_2x2.py";
import linear from "../../examples/linear_fit_plot.py";
import second from "../../examples/second_derivative.py";
import custom from "../../examples/custom_function.py";
import micrograd from "../../examples/micrograd_from_scratch.py";
import module from "../../examples/nn_module_adam.py";
import numpyVsAutograd from "../../examples/numpy_vs_autograd.py";
import cnn from "../../examples/small_cnn.py";
import rosenbrock from "../../examples/rosenbrock_paths.py";
import surface from "../../examples/loss_surface_3d.py";

export const EXAMPLES = [
  { id: "scalar", title: "Scalar autograd", code: scalar },
  { id: "tensor2x2", title: "2x2 tensor", code: tensor2x2 },
  { id: "linear", title: "Learn y = kx + b", code: linear },
  { id: "numpy", title: "NumPy by hand vs autograd", code: numpyVsAutograd },
  { id: "second", title: "Second derivative", code: second },
  { id: "micrograd", title: "Autograd from scratch (micrograd)", code: micrograd },
  { id: "custom", title: "Your own backward (autograd.Function)", code: custom },
  { id: "module", title: "nn.Module with Adam", code: module },
  { id: "cnn", title: "A small CNN", code: cnn },
  { id: "rosenbrock", title: "Rosenbrock descent", code: rosenbrock },
  { id: "surface", title: "Loss surface in 3-D", code: surface },
];
