package slope.torch;

/**
 * {@code torch.save} and {@code torch.load} without files: what a run saves under a name it can load back under that
 * name, as a copy, until the run ends. Tutorials save a model's or an optimizer's state_dict and load it into a new
 * one; that works here as it does in PyTorch.
 */
final class SerializationSource {
    private SerializationSource() {}

    static final String SERIALIZATION = """
            import torch
            from collections import OrderedDict

            _saved = {}

            def _copy(obj):
                if isinstance(obj, torch.Tensor):
                    copy = obj.detach().clone()
                    return copy.requires_grad_() if obj.requires_grad else copy
                if isinstance(obj, OrderedDict):
                    return OrderedDict((k, _copy(v)) for k, v in obj.items())
                if isinstance(obj, dict):
                    return {k: _copy(v) for k, v in obj.items()}
                if isinstance(obj, list):
                    return [_copy(v) for v in obj]
                if isinstance(obj, tuple):
                    return tuple(_copy(v) for v in obj)
                if obj is None or isinstance(obj, (bool, int, float, str)):
                    return obj
                raise NotImplementedError(f"Slope's torch.save keeps tensors, numbers and strings, and dicts, lists and tuples of them, not {type(obj).__name__}: save its state_dict() instead")

            def _name(f):
                if not isinstance(f, str):
                    raise TypeError(f'Slope saves under a file name (a str), not {type(f).__name__}')
                return f

            def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True):
                _saved[_name(f)] = _copy(obj)

            def load(f, map_location=None, pickle_module=None, *, weights_only=True, mmap=None, **pickle_load_args):
                name = _name(f)
                if name not in _saved:
                    raise FileNotFoundError(f"[Errno 2] No such file or directory: '{name}'")
                return _copy(_saved[name])
            """;
}
