package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.autograd.forward_ad, as PyTorch's forward-mode AD tutorial uses it: tangents pushed forward, the analytic JVPs. */
class ForwardAdTest {
    @Test
    void unpackDualGivesTheJacobianVectorProduct() {
        assertEquals("""
                tensor([2., 0., 3.])
                UnpackedDualTensor(primal=tensor([ 2.,  5., 10.]), tangent=tensor([2., 0., 3.]))
                True True None
                """, RunOutput.of("""
                import torch
                import torch.autograd.forward_ad as fwAD
                primal, tangent = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 0.0, 0.5])
                with fwAD.dual_level():
                    dual = fwAD.make_dual(primal, tangent)
                    out = dual ** 2 + torch.ones(3) ** 2  # a tensor without a tangent counts as a zero tangent
                    print(fwAD.unpack_dual(out).tangent)
                    print(fwAD.unpack_dual(out))
                    chain = fwAD.unpack_dual(torch.sin(dual).exp()).tangent
                    print(torch.allclose(chain, torch.sin(primal).exp() * torch.cos(primal) * tangent),
                          fwAD.unpack_dual(dual).tangent is tangent, fwAD.unpack_dual(torch.ones(2)).tangent)
                """));
    }

    @Test
    void moduleParametersBecomeDualAndLevelsEnd() {
        assertEquals("True None\n!RuntimeError: Trying to create a dual Tensor for forward AD but no level exists, make sure to"
                + " enter_dual_level() first.", RunOutput.of("""
                import torch
                import torch.autograd.forward_ad as fwAD
                model = torch.nn.Linear(5, 5)
                x = torch.randn(16, 5)
                params = {name: p for name, p in model.named_parameters()}
                tangents = {name: torch.rand_like(p) for name, p in params.items()}
                with fwAD.dual_level():
                    for name, p in params.items():
                        delattr(model, name)
                        setattr(model, name, fwAD.make_dual(p, tangents[name]))
                    out = model(x)
                    jvp = fwAD.unpack_dual(out).tangent
                print(torch.allclose(jvp, x @ tangents['weight'].T + tangents['bias']), fwAD.unpack_dual(out).tangent)
                fwAD.make_dual(x, x)
                """));
    }
}
