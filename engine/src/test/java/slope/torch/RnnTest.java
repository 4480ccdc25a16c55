package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** nn.RNN, nn.LSTM, nn.GRU and their cells: PyTorch's parameters, drawn as it draws them, and its cell arithmetic. */
class RnnTest {
    private static String run(String code) { return RunOutput.of("import torch\nimport torch.nn as nn\n" + code); }

    @Test
    void theSequenceModelsTutorialPrintsPyTorchsValues() {
        // pytorch.org/tutorials/beginner/nlp/sequence_models_tutorial.html, output as published (PyTorch names the
        // output's node MkldnnRnnLayerBackward0: its CPU LSTM is one oneDNN op; here it is the stack of the steps)
        assertEquals("tensor([[[-0.0187,  0.1713, -0.2944]],\n\n        [[-0.3521,  0.1026, -0.2971]],\n\n"
                + "        [[-0.3191,  0.0781, -0.1957]],\n\n        [[-0.1634,  0.0941, -0.1637]],\n\n"
                + "        [[-0.3368,  0.0959, -0.0538]]], grad_fn=<StackBackward0>)\n"
                + "(tensor([[[-0.3368,  0.0959, -0.0538]]], grad_fn=<StackBackward0>), tensor([[[-0.9825,  0.4715, -0.0633]]],"
                + " grad_fn=<StackBackward0>))\n",
                run("torch.manual_seed(1)\nlstm = nn.LSTM(3, 3)\ninputs = [torch.randn(1, 3) for _ in range(5)]\n"
                        + "hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))\n"
                        + "for i in inputs:\n    out, hidden = lstm(i.view(1, 1, -1), hidden)\n"
                        + "inputs = torch.cat(inputs).view(len(inputs), 1, -1)\n"
                        + "hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))\n"
                        + "out, hidden = lstm(inputs, hidden)\nprint(out)\nprint(hidden)\n"));
    }

    @Test
    void layersPrintAndNameTheirParametersAsPyTorch() {
        assertEquals("LSTM(10, 20, num_layers=2) GRU(4, 3, batch_first=True, bidirectional=True) RNN(4, 3)\n"
                + "['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0', 'weight_ih_l0_reverse', 'weight_hh_l0_reverse',"
                + " 'bias_ih_l0_reverse', 'bias_hh_l0_reverse']\n[torch.Size([12, 4]), torch.Size([12, 3])] LSTMCell(4, 3)\n",
                run("print(nn.LSTM(10, 20, 2), nn.GRU(4, 3, batch_first=True, bidirectional=True), nn.RNN(4, 3, nonlinearity='relu'))\n"
                        + "print([n for n, _ in nn.RNN(4, 3, bidirectional=True).named_parameters()])\n"
                        + "print([p.shape for p in nn.LSTM(4, 3, bias=False).parameters()], nn.LSTMCell(4, 3))\n"));
    }

    @Test
    void shapesFollowBatchFirstDirectionsAndUnbatchedInput() {
        assertEquals("torch.Size([2, 5, 6]) torch.Size([2, 2, 3]) TransposeBackward0\n"
                + "torch.Size([6, 3]) torch.Size([1, 3])\ntorch.Size([5, 3, 20]) torch.Size([2, 3, 20]) torch.Size([2, 3, 20])\n"
                + "torch.Size([2, 3]) torch.Size([2, 3]) torch.Size([3])\n",
                run("o, h = nn.GRU(4, 3, batch_first=True, bidirectional=True)(torch.randn(2, 5, 4))\n"
                        + "print(o.shape, h.shape, o.grad_fn.name())\n"
                        + "o, h = nn.RNN(4, 3)(torch.randn(6, 4))\nprint(o.shape, h.shape)\n"
                        + "o, (h, c) = nn.LSTM(10, 20, 2)(torch.randn(5, 3, 10))\nprint(o.shape, h.shape, c.shape)\n"
                        + "h, c = nn.LSTMCell(4, 3)(torch.randn(2, 4))\nprint(h.shape, c.shape, nn.GRUCell(4, 3)(torch.randn(4)).shape)\n"));
    }

    @Test
    void theCellsAreTheLayersOneStepAtATime() {
        // a GRU layer over three steps equals its weights in a GRUCell stepped by hand
        assertEquals("True True\n",
                run("torch.manual_seed(0)\ngru = nn.GRU(3, 2)\ncell = nn.GRUCell(3, 2)\n"
                        + "for name in ('weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'):\n"
                        + "    getattr(cell, name).data = getattr(gru, name + '_l0').data\n"
                        + "x = torch.randn(3, 1, 3)\nout, h = gru(x)\nhc = torch.zeros(1, 2)\nsteps = []\n"
                        + "for t in range(3):\n    hc = cell(x[t], hc)\n    steps.append(hc)\n"
                        + "print(torch.equal(out, torch.stack(steps)), torch.equal(h[0], hc))\n"));
    }

    @Test
    void anLstmLearnsToRememberTheFirstInput() {
        assertEquals("True\n", run("torch.manual_seed(0)\nlstm = nn.LSTM(1, 8, batch_first=True)\nhead = nn.Linear(8, 1)\n"
                + "opt = torch.optim.Adam(list(lstm.parameters()) + list(head.parameters()), lr=0.05)\n"
                + "x = torch.randn(16, 4, 1)\ny = x[:, 0]\nfirst = None\n"
                + "for step in range(60):\n    out, _ = lstm(x)\n    loss = ((head(out[:, -1]) - y) ** 2).mean()\n"
                + "    first = first or loss.item()\n    opt.zero_grad()\n    loss.backward()\n    opt.step()\n"
                + "print(loss.item() < first / 5)\n"));
    }
}
