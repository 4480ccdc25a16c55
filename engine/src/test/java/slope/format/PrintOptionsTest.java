package slope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunOutput;
import slope.run.RunResult;
import slope.run.RunResultJson;
import slope.run.Runner;

/** {@code torch.set_printoptions} as torch/_tensor_str.py applies it, for one run at a time. */
class PrintOptionsTest {
    @Test
    void precisionSetsTheDigitsOfFixedAndScientificValues() {
        assertEquals("""
                tensor([   1.23,    2.50, 1000.00]) tensor(3.14)
                tensor([1.00e-05, 1.00e+00])
                {'precision': 2, 'threshold': 1000, 'edgeitems': 3, 'linewidth': 80, 'sci_mode': None}
                """, RunOutput.of("""
                import torch
                torch.set_printoptions(precision=2)
                print(torch.tensor([1.23456, 2.5, 1000.0]), torch.tensor(3.14159))
                print(torch.tensor([1e-5, 1.0]))
                print(torch.get_printoptions())
                """));
    }

    @Test
    void sciModeChangesTheNotationButNotTheWidthTheFormatterChose() {
        // PyTorch pads to the width of the notation it would have chosen: 1.0000e-05 is ten characters
        assertEquals("tensor([    0.0000,     1.0000])\ntensor([1.5000e+00, 2.0000e+00]) tensor([0., 0.])\n"
                + "tensor([1.0000e-05, 1.0000e+00])\n", RunOutput.of("""
                import torch
                torch.set_printoptions(sci_mode=False)
                print(torch.tensor([1e-5, 1.0]))
                torch.set_printoptions(sci_mode=True)
                print(torch.tensor([1.5, 2.0]), torch.tensor([0.0, 0.0]))
                torch.set_printoptions()
                print(torch.tensor([1e-5, 1.0]))
                """));
    }

    @Test
    void thresholdEdgeitemsLinewidthAndProfiles() {
        assertEquals("""
                tensor([0.,  ..., 9.])
                tensor([ 0.,  1.,  2.,  3.,
                         4.,  5.,  6.,  7.,
                         8.,  9., 10., 11.])
                tensor([0.12, 0.50])
                {'precision': 4, 'threshold': inf, 'edgeitems': 3, 'linewidth': 80, 'sci_mode': None}
                """, RunOutput.of("""
                import torch
                torch.set_printoptions(threshold=5, edgeitems=1)
                print(torch.arange(10.))
                torch.set_printoptions(profile='default', linewidth=30)
                print(torch.arange(12.))
                torch.set_printoptions(profile='short')
                print(torch.tensor([0.123, 0.5]))
                torch.set_printoptions(profile='full')
                print(torch.get_printoptions())
                """));
    }

    @Test
    void eachRunStartsFromTheDefaultsAndItsVariablesPrintWithItsOwn() {
        RunResult r = Runner.run("import torch\ntorch.set_printoptions(precision=1)\nx = torch.tensor([0.12345, 2.0])\n",
                Budget.defaults());
        assertTrue(RunResultJson.write(r).contains("\"text\":\"tensor([0.1, 2.0])\""), RunResultJson.write(r));
        assertEquals("tensor([0.1235, 2.0000])\n", RunOutput.of("import torch\nprint(torch.tensor([0.12345, 2.0]))\n"));
    }
}
