package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.save and torch.load within a run: the tutorials' checkpoints, as copies, without files. */
class SerializationTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nfrom torch import nn\n" + code);
    }

    @Test
    void aSavedStateDictLoadsIntoANewModelAsACopy() {
        assertEquals("<All keys matched successfully>\nTrue 0.0\n", run("""
                model = nn.Linear(3, 2)
                torch.save(model.state_dict(), "model.pth")
                with torch.no_grad():
                    model.weight.fill_(0.0)
                other = nn.Linear(3, 2)
                print(other.load_state_dict(torch.load("model.pth", weights_only=True)))
                print(other.weight.abs().sum().item() > 0, model.weight.abs().sum().item())
                """));
    }

    @Test
    void aCheckpointDictKeepsNumbersTheOptimizersStateAndRequiresGrad() {
        assertEquals("5 0.25 0.01 tensor(1.)\ntensor([1.], requires_grad=True) False\n", run("""
                model = nn.Linear(2, 1)
                opt = torch.optim.Adam(model.parameters(), lr=0.01)
                model(torch.ones(1, 2)).sum().backward()
                opt.step()
                torch.save({'epoch': 5, 'optimizer_state_dict': opt.state_dict(), 'loss': 0.25}, 'ckpt.tar')
                ck = torch.load('ckpt.tar')
                again = torch.optim.Adam(model.parameters(), lr=0.5)
                again.load_state_dict(ck['optimizer_state_dict'])
                print(ck['epoch'], ck['loss'], again.param_groups[0]['lr'], again.state[model.weight]['step'])
                x = torch.tensor([1.0], requires_grad=True)
                torch.save(x, 'x.pt')
                print(torch.load('x.pt'), torch.load('x.pt') is torch.load('x.pt'))
                """));
    }

    @Test
    void aNameNothingWasSavedUnderIsPythonsFileNotFoundError() {
        assertEquals("!FileNotFoundError: [Errno 2] No such file or directory: 'model.pth'", run("torch.load('model.pth')\n"));
    }

    @Test
    void aWholeModelIsNotSavedButItsStateDictIs() {
        assertEquals("!NotImplementedError: Slope's torch.save keeps tensors, numbers and strings, and dicts, lists and tuples of"
                + " them, not Linear: save its state_dict() instead", run("torch.save(nn.Linear(2, 1), 'm.pth')\n"));
    }
}
