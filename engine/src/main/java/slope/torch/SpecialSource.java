package slope.torch;

/**
 * {@code torch.special}: the names PyTorch gives its special functions, each the torch op it composes to (so the same
 * grad_fn: {@code special.expit} is a SigmoidBackward0, as in PyTorch).
 */
final class SpecialSource {
    private SpecialSource() {}

    static final String SPECIAL = """
            import torch

            expit = torch.sigmoid
            logit = torch.logit
            xlogy = torch.xlogy
            erf = torch.erf
            erfc = torch.erfc
            expm1 = torch.expm1
            exp2 = torch.exp2
            log1p = torch.log1p
            logsumexp = torch.logsumexp
            round = torch.round


            def softmax(input, dim, *, dtype=None):
                return torch.softmax(input if dtype is None else input.to(dtype), dim)


            def log_softmax(input, dim, *, dtype=None):
                return torch.log_softmax(input if dtype is None else input.to(dtype), dim)
            """;
}
