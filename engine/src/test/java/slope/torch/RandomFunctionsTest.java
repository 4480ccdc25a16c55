package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * torch's random numbers are PyTorch's: the expected values below are what PyTorch prints for these programs
 * (its documentation, the PyTorch tutorials, and Andrej Karpathy's makemore lectures show them).
 */
class RandomFunctionsTest {
    @Test
    void seededRandAndRandnPrintPyTorchsValues() {
        assertEquals("""
                tensor([0.4963, 0.7682, 0.0885])
                tensor([0.8823, 0.9150, 0.3829])
                tensor([ 1.5410, -0.2934, -2.1788])
                tensor([[ 0.3367,  0.1288,  0.2345],
                        [ 0.2303, -1.1229, -0.1863]])
                tensor([4, 9, 3, 0, 3])
                """, RunOutput.of("""
                import torch
                torch.manual_seed(0)
                print(torch.rand(3))
                torch.manual_seed(42)
                print(torch.rand(3))
                torch.manual_seed(0)
                print(torch.randn(3))
                torch.manual_seed(42)
                print(torch.randn(2, 3))
                torch.manual_seed(0)
                print(torch.randint(0, 10, (5,)))
                """));
    }

    @Test
    void aSeededLinearLayerStartsWithPyTorchsWeights() {
        // learnpytorch.io's workflow chapter: nn.Linear(1, 1) after torch.manual_seed(42)
        assertEquals("tensor([[0.7645]]) tensor([0.8300])\n", RunOutput.of("""
                import torch
                torch.manual_seed(42)
                layer = torch.nn.Linear(1, 1)
                print(layer.weight.data, layer.bias.data)
                """));
    }

    @Test
    void aGeneratorOfItsOwnGivesMakemoresNumbers() {
        // makemore part 1: uniform draws; part 2: the MLP's first loss, from 3481 normals drawn sixteen at a time
        assertEquals("tensor([0.6064, 0.3033, 0.0903])\n3481 tensor(17.7697)\n", RunOutput.of("""
                import torch
                g = torch.Generator().manual_seed(2147483647)
                p = torch.rand(3, generator=g)
                print(p / p.sum())
                X, Y = [], []
                for w in ['emma', 'olivia', 'ava', 'isabella', 'sophia']:
                    context = [0] * 3
                    for ch in w + '.':
                        ix = 0 if ch == '.' else ord(ch) - ord('a') + 1
                        X.append(context)
                        Y.append(ix)
                        context = context[1:] + [ix]
                X, Y = torch.tensor(X), torch.tensor(Y)
                g = torch.Generator().manual_seed(2147483647)
                C = torch.randn((27, 2), generator=g)
                W1 = torch.randn((6, 100), generator=g)
                b1 = torch.randn(100, generator=g)
                W2 = torch.randn((100, 27), generator=g)
                b2 = torch.randn(27, generator=g)
                h = torch.tanh(C[X].view(-1, 6) @ W1 + b1)
                counts = (h @ W2 + b2).exp()
                prob = counts / counts.sum(1, keepdims=True)
                print(sum(p.nelement() for p in [C, W1, b1, W2, b2]), -prob[torch.arange(32), Y].log().mean())
                """));
    }

    @Test
    void eachRunStartsFromPyTorchsDefaultSeed() {
        String program = """
                import torch
                print(torch.initial_seed(), torch.Generator().initial_seed())
                print(torch.rand(2), torch.randn(20).sum())
                """;
        String first = RunOutput.of(program);
        RunOutput.of("import torch\ntorch.manual_seed(5)\nprint(torch.rand(4))\n"); // another run between them, on this thread
        assertEquals(first, RunOutput.of(program));
        assertEquals("67280421310721 67280421310721", first.lines().findFirst().orElseThrow());
    }

    @Test
    void aGeneratorDrawsWithoutMovingTheDefaultOne() {
        String out = RunOutput.of("""
                import torch
                torch.manual_seed(7)
                a = torch.rand(3)
                torch.manual_seed(7)
                g = torch.Generator()
                print(g.manual_seed(1) is g, g.initial_seed())
                torch.rand(5, generator=g)
                torch.randn(4, generator=g)
                print(torch.equal(torch.rand(3), a))
                g2 = torch.Generator().manual_seed(1)
                print(torch.equal(torch.randn(2, generator=torch.Generator().manual_seed(1)), torch.randn(2, generator=g2)))
                """);
        assertEquals("True 1\nTrue\nTrue\n", out);
    }

    @Test
    void manualSeedReturnsTheDefaultGenerator() {
        assertEquals("True <class 'torch._C.Generator'>\n", RunOutput.of("""
                import torch
                g = torch.manual_seed(3)
                print(g is torch.default_generator, type(g))
                """));
    }

    @Test
    void randpermAndRandintStayInRange() {
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9] True torch.int64\nTrue True\n", RunOutput.of("""
                import torch
                p = torch.randperm(10)
                print(sorted(p.tolist()), not torch.equal(p, torch.arange(10)), p.dtype)
                r = torch.randint(3, 6, (1000,))
                print(r.min().item() == 3, r.max().item() == 5)
                """));
    }

    @Test
    void multinomialWithAndWithoutReplacement() {
        assertEquals("""
                torch.Size([2, 5]) True
                [0, 1, 2]
                tensor([2, 2, 2])
                !RuntimeError: cannot sample n_sample > prob_dist.size(-1) samples without replacement
                """.strip(), RunOutput.of("""
                import torch
                s = torch.multinomial(torch.tensor([[0.0, 1.0], [1.0, 0.0]]), 5, replacement=True)
                print(s.shape, s.tolist() == [[1] * 5, [0] * 5])
                print(sorted(torch.multinomial(torch.tensor([1.0, 2.0, 3.0]), 3).tolist()))
                print(torch.tensor([0.0, 0.0, 5.0]).multinomial(3, replacement=True))
                torch.multinomial(torch.tensor([0.5, 0.5]), 3)
                """).strip());
    }

    @Test
    void dropoutZeroesAboutPAndScalesTheRest() {
        assertEquals("True True\n", RunOutput.of("""
                import torch
                y = torch.nn.functional.dropout(torch.ones(10000), 0.25)
                kept = (y > 0).float().mean().item()
                print(0.72 < kept < 0.78, ((y == 0) | (y == torch.tensor(1 / 0.75))).all().item())
                """));
    }

    @Test
    void theInPlaceFillsTakeAGenerator() {
        String out = RunOutput.of("""
                import torch
                a = torch.empty(20).normal_(1.0, 2.0, generator=torch.Generator().manual_seed(3))
                b = torch.normal(1.0, 2.0, size=(20,), generator=torch.Generator().manual_seed(3))
                c = torch.empty(3).uniform_(-1, 1, generator=torch.Generator().manual_seed(3))
                d = torch.rand(3, generator=torch.Generator().manual_seed(3)) * 2 - 1
                print(torch.equal(a, b), torch.allclose(c, d), (c.abs() < 1).all().item())
                e = torch.empty(1000).exponential_(2.0)
                print(0.4 < e.mean().item() < 0.6, torch.empty(4).bernoulli_(1.0).tolist())
                """);
        assertEquals("True True True\nTrue [1.0, 1.0, 1.0, 1.0]\n", out);
    }

    @Test
    void aShuffledDataLoaderIsReproducible() {
        String program = """
                import torch
                from torch.utils.data import DataLoader, TensorDataset
                torch.manual_seed(0)
                loader = DataLoader(TensorDataset(torch.arange(8)), batch_size=4, shuffle=True)
                print([b[0].tolist() for b in loader], [b[0].tolist() for b in loader])
                """;
        String out = RunOutput.of(program);
        assertEquals(out, RunOutput.of(program));
        assertNotEquals(-1, out.indexOf("[["));
    }
}
