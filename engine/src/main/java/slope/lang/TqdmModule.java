package slope.lang;

/**
 * {@code tqdm}, which training loops wrap their batches in: its progress bar goes to stderr, which a run does
 * not show, so here it passes the iterable through, with the methods loops call on it (set_description,
 * set_postfix, update, close) doing nothing.
 */
final class TqdmModule {
    private TqdmModule() {}

    static final String TQDM = """
            class tqdm:
                __module__ = 'tqdm.std'
                def __init__(self, iterable=None, desc=None, total=None, leave=True, *args, **kwargs):
                    self.iterable = iterable
                    self.desc = desc
                    if total is None and iterable is not None:
                        try:
                            total = len(iterable)
                        except TypeError:
                            pass
                    self.total = total
                    self.n = 0

                def __iter__(self):
                    for item in self.iterable:
                        yield item
                        self.n += 1

                def __len__(self):
                    return self.total

                def __enter__(self):
                    return self

                def __exit__(self, *exc):
                    return False

                def update(self, n=1):
                    self.n += n

                def set_description(self, desc=None, refresh=True):
                    self.desc = desc

                def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
                    pass

                def set_postfix_str(self, s='', refresh=True):
                    pass

                def write(self, s, *args, **kwargs):
                    print(s)

                def close(self):
                    pass

                def refresh(self):
                    pass


            def trange(*args, **kwargs):
                return tqdm(range(*args), **kwargs)
            """;

    static void install(Interpreter in) {
        in.addPythonModule("tqdm", TQDM);
        for (String sub : new String[] {"tqdm.auto", "tqdm.notebook", "tqdm.std"}) {
            in.addPythonModule(sub, "from tqdm import tqdm, trange\n");
        }
    }
}
