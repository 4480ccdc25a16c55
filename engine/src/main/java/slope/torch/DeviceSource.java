package slope.torch;

/**
 * Slope computes on the CPU only: {@code torch.device}, and {@code torch.cuda},
 * {@code torch.accelerator} and {@code torch.backends.mps} answering that no accelerator is
 * there, so tutorials' device selection picks "cpu".
 */
final class DeviceSource {
    private DeviceSource() {}

    private static final String CUDA = """
            class device:
                __module__ = 'torch'
                def __init__(self, type, index=None):
                    if isinstance(type, device):
                        type, index = type.type, type.index
                    elif ':' in type:
                        type, i = type.split(':')
                        index = int(i)
                    self.type = type
                    self.index = index
                def __repr__(self):
                    return f"device(type='{self.type}'" + ('' if self.index is None else f', index={self.index}') + ')'
                def __str__(self):
                    return self.type + ('' if self.index is None else f':{self.index}')
                def __eq__(self, other):
                    return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)
                def __hash__(self):
                    return hash((self.type, self.index))

            def is_available():
                return False

            def device_count():
                return 0

            def manual_seed(seed):
                pass

            def manual_seed_all(seed):
                pass
            """;

    private static final String ACCELERATOR = """
            def is_available():
                return False

            def current_accelerator(check_available=False):
                return None

            def device_count():
                return 0
            """;

    private static final String MPS = """
            def is_available():
                return False

            def is_built():
                return False
            """;

    /** Name and source of each module. */
    static final String[][] MODULES = {
        {"torch.cuda", CUDA}, {"torch.accelerator", ACCELERATOR}, {"torch.backends", ""}, {"torch.backends.mps", MPS}};
}
