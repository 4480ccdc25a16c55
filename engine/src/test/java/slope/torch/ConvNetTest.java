package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunOutput;
import slope.run.RunResult;
import slope.run.Runner;

/** Convolution, pooling and padding as tutorials use them: d2l's worked examples, the layers' printing, the 60-minute blitz network. */
class ConvNetTest {
    private static final String IMPORTS = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n";

    private static String run(String code) { return RunOutput.of(IMPORTS + code); }

    @Test
    void dive2dlCrossCorrelationExamples() {
        assertEquals("tensor([[[[19., 25.],\n          [37., 43.]]]])\n"
                + "tensor([[[ 56.,  72.],\n         [104., 120.]]])\n",
                run("X = torch.tensor([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]])\n"
                        + "print(F.conv2d(X.reshape(1, 1, 3, 3), torch.tensor([[0.0, 1.0], [2.0, 3.0]]).reshape(1, 1, 2, 2)))\n"
                        + "X = torch.stack((X, X + 1))\n"
                        + "K = torch.tensor([[[0.0, 1.0], [2.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]])\n"
                        + "print(F.conv2d(X, K.unsqueeze(0)))\n"));
    }

    @Test
    void dive2dlPoolingExamples() {
        assertEquals("tensor([[[[10.]]]])\ntensor([[[[ 5.,  7.],\n          [13., 15.]]]])\ntensor([[[[ 5.,  7.],\n          [13., 15.]]]])\n"
                + "tensor([[[[ 5.,  7.],\n          [13., 15.]],\n\n         [[ 6.,  8.],\n          [14., 16.]]]])\n",
                run("X = torch.arange(16, dtype=torch.float32).reshape((1, 1, 4, 4))\n"
                        + "print(nn.MaxPool2d(3)(X))\n"
                        + "print(nn.MaxPool2d(3, padding=1, stride=2)(X))\n"
                        + "print(nn.MaxPool2d((2, 3), stride=(2, 3), padding=(0, 1))(X))\n"
                        + "print(nn.MaxPool2d(3, padding=1, stride=2)(torch.cat((X, X + 1), 1)))\n"));
    }

    @Test
    void dive2dlPaddingAndStrideShapes() {
        assertEquals("torch.Size([8, 8])\ntorch.Size([8, 8])\ntorch.Size([4, 4])\ntorch.Size([2, 2])\n",
                run("def comp_conv2d(conv2d, X):\n"
                        + "    X = X.reshape((1, 1) + X.shape)\n"
                        + "    Y = conv2d(X)\n"
                        + "    return Y.reshape(Y.shape[2:])\n"
                        + "X = torch.rand(size=(8, 8))\n"
                        + "print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding=1), X).shape)\n"
                        + "print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=(5, 3), padding=(2, 1)), X).shape)\n"
                        + "print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding=1, stride=2), X).shape)\n"
                        + "print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=(3, 5), padding=(0, 1), stride=(3, 4)), X).shape)\n"));
    }

    @Test
    void layersPrintAsPyTorchPrintsThem() {
        assertEquals("Conv2d(1, 6, kernel_size=(5, 5), stride=(1, 1))\n"
                + "Conv2d(3, 8, kernel_size=(3, 3), stride=(1, 1), padding=same, dilation=(2, 2), bias=False)\n"
                + "Conv1d(2, 4, kernel_size=(3,), stride=(2,), padding=(1,), groups=2)\n"
                + "ConvTranspose2d(4, 2, kernel_size=(3, 3), stride=(2, 2), output_padding=(1, 1))\n"
                + "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)\n"
                + "AvgPool2d(kernel_size=3, stride=1, padding=0) AvgPool1d(kernel_size=(2,), stride=(2,), padding=(0,))\n"
                + "AdaptiveAvgPool2d(output_size=(1, 1)) ZeroPad2d((1, 1, 1, 1))\n"
                + "BatchNorm2d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)\n",
                run("print(nn.Conv2d(1, 6, 5))\n"
                        + "print(nn.Conv2d(3, 8, 3, padding='same', bias=False, dilation=2))\n"
                        + "print(nn.Conv1d(2, 4, 3, stride=2, padding=1, groups=2))\n"
                        + "print(nn.ConvTranspose2d(4, 2, 3, stride=2, output_padding=1))\n"
                        + "print(nn.MaxPool2d(2))\n"
                        + "print(nn.AvgPool2d(3, 1), nn.AvgPool1d(2))\n"
                        + "print(nn.AdaptiveAvgPool2d((1, 1)), nn.ZeroPad2d(1))\n"
                        + "print(nn.BatchNorm2d(3))\n"));
    }

    @Test
    void convolutionLayersDrawTheirParametersAsPyTorchDoes() {
        // kaiming_uniform_ with a = sqrt(5) makes the weight bound 1 / sqrt(fan_in), the bias's bound
        assertEquals("True True torch.Size([6, 1, 5, 5])\n",
                run("torch.manual_seed(0)\nc = nn.Conv2d(1, 6, 5)\n"
                        + "torch.manual_seed(0)\nw = torch.empty(6, 1, 5, 5).uniform_(-0.2, 0.2)\nb = torch.empty(6).uniform_(-0.2, 0.2)\n"
                        + "print(torch.allclose(c.weight, w), torch.allclose(c.bias, b), c.weight.shape)\n"));
    }

    @Test
    void samePaddingPadsAnEvenKernelAtTheEndAsATorchPad() {
        assertEquals("torch.Size([2, 4, 5, 5]) ConvolutionBackward0 ConstantPadNdBackward0\n"
                + "tensor([[[[7., 6., 2.],\n          [6., 5., 2.],\n          [2., 2., 1.]]]])\n",
                run("x = torch.randn(2, 3, 5, 5, requires_grad=True)\n"
                        + "y = nn.Conv2d(3, 4, 2, padding='same')(x)\n"
                        + "print(y.shape, y.grad_fn.name(), y.grad_fn.next_functions[0][0].name())\n"
                        + "print(F.conv2d(torch.tensor([[[[1., 2., 1.], [2., 2., 1.], [1., 1., 1.]]]]), torch.ones(1, 1, 2, 2), padding='same'))\n"));
    }

    @Test
    void unbatchedInputsAndOneDimensionalLayers() {
        assertEquals("torch.Size([4, 3, 3]) torch.Size([3, 4])\n(tensor([[3., 5.]]), tensor([[1, 3]]))\n"
                + "tensor([[2.0000, 3.5000]], grad_fn=<SqueezeBackward1>)\n",
                run("print(nn.Conv2d(2, 4, 3)(torch.ones(2, 5, 5)).shape, nn.Conv1d(2, 3, 2)(torch.ones(2, 5)).shape)\n"
                        + "print(F.max_pool1d(torch.tensor([[1., 3., 2., 5., 4.]]), 2, return_indices=True))\n"
                        + "print(F.avg_pool1d(torch.tensor([[1., 3., 2., 5., 4.]], requires_grad=True), 2))\n"));
    }

    @Test
    void globalAveragePoolingIsAMeanAndTransposedConvolutionTakesAnOutputSize() {
        assertEquals("MeanBackward1 torch.Size([1, 2, 1, 1])\ntorch.Size([2, 2, 11, 11]) torch.Size([2, 2, 12, 12])\n",
                run("y = F.adaptive_avg_pool2d(torch.ones(1, 2, 3, 3, requires_grad=True), 1)\nprint(y.grad_fn.name(), y.shape)\n"
                        + "ct = nn.ConvTranspose2d(3, 2, 3, stride=2)\nx = torch.randn(2, 3, 5, 5)\n"
                        + "print(ct(x).shape, ct(x, output_size=[12, 12]).shape)\n"));
    }

    /** The error a program raised, with its line counted in the program as given (after the three imports). */
    private static String error(String code) {
        RunResult r = Runner.run(IMPORTS + code, Budget.defaults());
        return r.error == null ? "no error" : "line " + (r.error.line() - 3) + ": " + r.error.pythonLine();
    }

    @Test
    void mistakesGetPyTorchsMessagesAtTheirLine() {
        assertEquals("line 2: RuntimeError: Given groups=1, weight of size [6, 1, 5, 5], expected input[1, 3, 32, 32] to have 1"
                + " channels, but got 3 channels instead", error("conv = nn.Conv2d(1, 6, 5)\nconv(torch.ones(1, 3, 32, 32))\n"));
        assertEquals("line 1: RuntimeError: Calculated padded input size per channel: (4 x 4). Kernel size: (5 x 5). Kernel size"
                + " can't be greater than actual input size", error("nn.Conv2d(1, 6, 5)(torch.ones(1, 1, 4, 4))\n"));
        assertEquals("line 1: RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [32, 32]",
                error("F.conv2d(torch.ones(32, 32), torch.ones(6, 1, 5, 5))\n"));
        assertEquals("line 2: RuntimeError: Given input size: (1x2x2). Calculated output size: (1x0x0). Output size is too small",
                error("x = torch.ones(1, 2, 2)\nF.max_pool2d(x, 3)\n"));
        assertEquals("line 1: RuntimeError: Input type (double) and bias type (float) should be the same",
                error("nn.Conv2d(1, 6, 5)(torch.ones(1, 1, 8, 8, dtype=torch.float64))\n"));
    }

    @Test
    void theBlitzNetworkTrains() {
        RunResult r = Runner.run(IMPORTS + String.join("\n",
                "torch.manual_seed(0)",
                "class Net(nn.Module):",
                "    def __init__(self):",
                "        super(Net, self).__init__()",
                "        self.conv1 = nn.Conv2d(1, 6, 5)",
                "        self.conv2 = nn.Conv2d(6, 16, 5)",
                "        self.fc1 = nn.Linear(16 * 5 * 5, 120)",
                "        self.fc2 = nn.Linear(120, 84)",
                "        self.fc3 = nn.Linear(84, 10)",
                "    def forward(self, input):",
                "        s2 = F.max_pool2d(F.relu(self.conv1(input)), (2, 2))",
                "        s4 = torch.flatten(F.max_pool2d(F.relu(self.conv2(s2)), 2), 1)",
                "        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(s4)))))",
                "net = Net()",
                "print(len(list(net.parameters())), list(net.parameters())[0].size())",
                "input = torch.randn(4, 1, 32, 32)",
                "target = torch.randn(4, 10)",
                "optimizer = torch.optim.SGD(net.parameters(), lr=0.05)",
                "losses = []",
                "for step in range(20):",
                "    optimizer.zero_grad()",
                "    loss = nn.MSELoss()(net(input), target)",
                "    loss.backward()",
                "    optimizer.step()",
                "    losses.append(loss.item())",
                "print(net.conv1.bias.grad.shape, losses[-1] < 0.8 * losses[0])",
                ""), Budget.defaults());
        assertEquals(null, r.error == null ? null : r.error.pythonLine());
        assertEquals("10 torch.Size([6, 1, 5, 5])\ntorch.Size([6]) True\n", r.stdout);
    }

    @Test
    void upsampleAsPyTorchsDocsShowIt() {
        // nn.Upsample's documented examples on [[1, 2], [3, 4]]; gradients against central differences in float64
        assertEquals("""
                tensor([[[[1., 1., 2., 2.],
                          [1., 1., 2., 2.],
                          [3., 3., 4., 4.],
                          [3., 3., 4., 4.]]]], grad_fn=<UpsampleNearest2DBackward0>)
                tensor([[[[1.0000, 1.2500, 1.7500, 2.0000],
                          [1.5000, 1.7500, 2.2500, 2.5000],
                          [2.5000, 2.7500, 3.2500, 3.5000],
                          [3.0000, 3.2500, 3.7500, 4.0000]]]],
                       grad_fn=<UpsampleBilinear2DBackward0>)
                tensor([[[[1.0000, 1.3333, 1.6667, 2.0000],
                          [1.6667, 2.0000, 2.3333, 2.6667],
                          [2.3333, 2.6667, 3.0000, 3.3333],
                          [3.0000, 3.3333, 3.6667, 4.0000]]]])
                Upsample(scale_factor=2.0, mode='nearest') Upsample(size=(4, 4), mode='nearest')
                tensor([[[1.0000, 1.4000, 2.0000, 3.2000, 4.0000]]]) tensor([[[1., 1., 2., 4.]]])
                True True
                """, run("""
                x = torch.arange(1., 5.).view(1, 1, 2, 2).requires_grad_()
                print(nn.Upsample(scale_factor=2, mode='nearest')(x))
                print(nn.Upsample(scale_factor=2, mode='bilinear')(x))
                print(nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)(x.detach()))
                print(nn.Upsample(scale_factor=2, mode='nearest'), nn.Upsample(size=(4, 4)))
                line = torch.tensor([[[1., 2., 4.]]])
                print(F.interpolate(line, size=5, mode='linear'), F.interpolate(line, scale_factor=1.5))
                weights = torch.arange(1., 31.).view(1, 1, 5, 6).double()
                checks = []
                for mode in ('nearest', 'bilinear'):
                    f = lambda x: (F.interpolate(x, size=(5, 6), mode=mode) * weights).sum()
                    x = torch.rand(1, 1, 3, 4, dtype=torch.float64, requires_grad=True)
                    f(x).backward()
                    numeric = torch.zeros_like(x)
                    for i in range(12):
                        e = torch.zeros(12, dtype=torch.float64)
                        e[i] = 1e-6
                        e = e.view(1, 1, 3, 4)
                        numeric.view(-1)[i] = (f(x.detach() + e) - f(x.detach() - e)) / 2e-6
                    checks.append(torch.allclose(x.grad, numeric))
                print(*checks)
                """));
    }

    @Test
    void anEmptyOutputSizeIsAtensUpsampleError() {
        assertEquals("!RuntimeError: Input and output sizes should be greater than 0, but got input (H: 2, W: 2) output (H: 0, W: 3)",
                run("F.interpolate(torch.ones(1, 1, 2, 2), size=(0, 3))\n"));
    }
}
