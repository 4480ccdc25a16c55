package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** nn.MultiheadAttention and the Transformer encoder: PyTorch's parameters, its attention math, masks and printing. */
class AttentionTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n" + code);
    }

    @Test
    void attentionIsTheSoftmaxOfScaledDotProductsPerHead() {
        assertEquals("[('in_proj_weight', torch.Size([24, 8])), ('in_proj_bias', torch.Size([24])), ('out_proj.weight', torch.Size([8, 8])),"
                + " ('out_proj.bias', torch.Size([8]))]\ntorch.Size([5, 3, 8]) torch.Size([3, 5, 5]) True True\n",
                run("torch.manual_seed(0)\nmha = nn.MultiheadAttention(8, 2)\n"
                        + "print([(n, p.shape) for n, p in mha.named_parameters()])\n"
                        + "x = torch.randn(5, 3, 8)\nout, w = mha(x, x, x)\n"
                        + "q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, -1)\n"
                        + "def heads(t):\n    return t.reshape(5, 3 * 2, 4).transpose(0, 1)\n"
                        + "a = torch.softmax(heads(q) @ heads(k).transpose(1, 2) / 2.0, -1)\n"
                        + "o = (a @ heads(v)).transpose(0, 1).reshape(5, 3, 8) @ mha.out_proj.weight.T + mha.out_proj.bias\n"
                        + "print(out.shape, w.shape, torch.allclose(o, out, atol=1e-6), torch.allclose(a.view(3, 2, 5, 5).mean(1), w, atol=1e-6))\n"));
    }

    @Test
    void masksHideFutureAndPaddedPositions() {
        assertEquals("tensor([1., 0., 0.]) tensor([0., 0.]) torch.Size([2, 3, 4])\n",
                run("torch.manual_seed(0)\nmha = nn.MultiheadAttention(4, 1, batch_first=True)\nx = torch.randn(2, 3, 4)\n"
                        + "causal = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)\n"
                        + "out, w = mha(x, x, x, attn_mask=causal, key_padding_mask=torch.tensor([[False, False, True]] * 2))\n"
                        + "print(w[0, 0].detach(), w[:, 1, 2].detach(), out.shape)\n"));
    }

    @Test
    void anEncoderStacksCopiesOfItsLayer() {
        assertEquals("ModuleList(\n  (0-1): 2 x Linear(in_features=2, out_features=2, bias=True)\n  (2): ReLU()\n)\n"
                + "torch.Size([5, 3, 8]) True torch.Size([24, 8])\n",
                run("print(nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2), nn.ReLU()]))\n"
                        + "torch.manual_seed(0)\nlayer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)\n"
                        + "enc = nn.TransformerEncoder(layer, num_layers=2)\ny = enc(torch.randn(5, 3, 8))\ny.sum().backward()\n"
                        + "print(y.shape, torch.equal(enc.layers[0].linear1.weight, enc.layers[1].linear1.weight),"
                        + " enc.layers[0].self_attn.in_proj_weight.grad.shape)\n"));
    }

    @Test
    void scaledDotProductAttentionIsSoftmaxOfScaledScoresTimesValues() {
        // nanoGPT's attention call: causal, as the written-out softmax(q k^T / sqrt(d) + mask) v
        assertEquals("True True True True\n", run("""
                torch.manual_seed(0)
                q = torch.randn(2, 3, 4, requires_grad=True)
                k, v = torch.randn(2, 3, 4), torch.randn(2, 3, 4)
                out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
                causal = torch.triu(torch.full((3, 3), float('-inf')), 1)
                written = torch.softmax(q @ k.transpose(-2, -1) / 2 + causal, -1) @ v
                keep = torch.tensor([[True, False, True]] * 3)
                masked = F.scaled_dot_product_attention(q, k, v, attn_mask=keep)
                by_hand = torch.softmax((q @ k.transpose(-2, -1) / 2).masked_fill(~keep, float('-inf')), -1) @ v
                out.sum().backward()
                print(torch.allclose(out, written), torch.equal(out[:, 0], v[:, 0]), torch.allclose(masked, by_hand),
                      q.grad.shape == q.shape)
                """));
    }
}
