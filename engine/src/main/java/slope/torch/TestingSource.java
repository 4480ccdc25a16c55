package slope.torch;

/**
 * {@code torch.testing.assert_close}, written in Python after torch/testing/_comparison.py: the same default
 * tolerances per dtype, the same checks of shape and dtype, and the same messages ("Tensor-likes are not close!",
 * the count of mismatched elements, the greatest differences and where they are), so a tutorial's check of its
 * gradients fails, or passes, as it would under PyTorch.
 */
final class TestingSource {
    private TestingSource() {}

    static final String TESTING = """
            import torch

            _PRECISIONS = {torch.float32: (1.3e-6, 1e-5), torch.float64: (1e-7, 1e-7)}


            def _tolerances(dtypes, rtol, atol):
                if (rtol is None) != (atol is None):
                    raise ValueError("Both 'rtol' and 'atol' must be either specified or omitted, "
                                     f"but got no {'rtol' if rtol is None else 'atol'}.")
                if rtol is not None:
                    return rtol, atol
                pairs = [_PRECISIONS.get(d, (0.0, 0.0)) for d in dtypes]
                return max(p[0] for p in pairs), max(p[1] for p in pairs)


            def _mismatch(identifier, extra, abs_diff, abs_idx, atol, rel_diff, rel_idx, rtol):
                equality = rtol == 0 and atol == 0
                msg = f"{identifier} are not {'equal' if equality else 'close'}!\\n\\n"
                if extra:
                    msg += f"{extra.strip()}\\n"
                for kind, diff, idx, tol in (("absolute", abs_diff, abs_idx, atol), ("relative", rel_diff, rel_idx, rtol)):
                    if idx is None:
                        msg += f"{kind.title()} difference: {diff}"
                    else:
                        msg += f"Greatest {kind} difference: {diff} at index {idx}"
                    if not equality:
                        msg += f" (up to {tol} allowed)"
                    msg += "\\n"
                return msg.strip()


            def _scalar_mismatch(actual, expected, rtol, atol):
                abs_diff = abs(actual - expected)
                rel_diff = float("inf") if expected == 0 else abs_diff / abs(expected)
                return _mismatch("Scalars", f"Expected {expected} but got {actual}.", abs_diff, None, atol, rel_diff, None, rtol)


            def _unravel(flat, shape):
                index = []
                for size in reversed(shape):
                    flat, mod = divmod(flat, size)
                    index.append(mod)
                return tuple(reversed(index))


            def _tensor_mismatch(actual, expected, matches, rtol, atol):
                n = matches.numel()
                total = n - int(matches.sum())
                extra = f"Mismatched elements: {total} / {n} ({total / n:.1%})"
                a, e, m = actual.flatten(), expected.flatten(), matches.flatten()
                if not a.dtype.is_floating_point:
                    a, e = a.to(torch.int64), e.to(torch.int64)
                abs_diff = torch.abs(a - e)
                abs_diff[m] = 0
                max_abs, abs_at = torch.max(abs_diff, 0)
                rel_diff = abs_diff / torch.abs(e)
                rel_diff[m] = 0
                max_rel, rel_at = torch.max(rel_diff, 0)
                return _mismatch("Tensor-likes", extra, max_abs.item(), _unravel(int(abs_at), matches.shape), atol,
                                 max_rel.item(), _unravel(int(rel_at), matches.shape), rtol)


            def _compare_tensors(actual, expected, rtol, atol, equal_nan, check_dtype):
                if actual.shape != expected.shape:
                    raise AssertionError(f"The values for attribute 'shape' do not match: {actual.shape} != {expected.shape}.")
                if check_dtype and actual.dtype != expected.dtype:
                    raise AssertionError(f"The values for attribute 'dtype' do not match: {actual.dtype} != {expected.dtype}.")
                rtol, atol = _tolerances((actual.dtype, expected.dtype), rtol, atol)
                actual, expected = actual.detach(), expected.detach()
                if actual.dtype != expected.dtype:
                    dtype = torch.promote_types(actual.dtype, expected.dtype)
                    actual, expected = actual.to(dtype), expected.to(dtype)
                if actual.dtype == torch.bool:
                    matches = actual == expected
                else:
                    matches = torch.isclose(actual, expected, rtol=rtol, atol=atol, equal_nan=equal_nan)
                if torch.all(matches):
                    return
                if actual.dim() == 0:
                    raise AssertionError(_scalar_mismatch(actual.item(), expected.item(), rtol, atol))
                raise AssertionError(_tensor_mismatch(actual, expected, matches, rtol, atol))


            def _compare_numbers(actual, expected, rtol, atol, equal_nan):
                rtol, atol = _tolerances([torch.float64 if isinstance(v, float) else torch.int64 for v in (actual, expected)], rtol, atol)
                if actual == expected:
                    return
                if equal_nan and actual != actual and expected != expected:
                    return
                abs_diff = abs(actual - expected)
                if abs_diff == abs_diff and abs_diff != float("inf") and abs_diff <= atol + rtol * abs(expected):
                    return
                raise AssertionError(_scalar_mismatch(actual, expected, rtol, atol))


            def _compare(actual, expected, path, rtol, atol, equal_nan, check_dtype):
                if isinstance(actual, torch.Tensor) and isinstance(expected, torch.Tensor):
                    return _compare_tensors(actual, expected, rtol, atol, equal_nan, check_dtype)
                if actual is None or expected is None:
                    if not (actual is None and expected is None):
                        raise AssertionError(f"None mismatch: {actual} is not {expected}")
                    return
                if isinstance(actual, bool) and isinstance(expected, bool):
                    if actual is not expected:
                        raise AssertionError(f"Booleans mismatch: {actual} is not {expected}")
                    return
                if isinstance(actual, (int, float)) and isinstance(expected, (int, float)):
                    return _compare_numbers(actual, expected, rtol, atol, equal_nan)
                if isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
                    if len(actual) != len(expected):
                        raise AssertionError(f"The length of the sequences mismatch: {len(actual)} != {len(expected)}")
                    for i, (a, e) in enumerate(zip(actual, expected)):
                        _compare_item(a, e, path + [i], rtol, atol, equal_nan, check_dtype)
                    return
                if isinstance(actual, dict) and isinstance(expected, dict):
                    if set(actual.keys()) != set(expected.keys()):
                        raise AssertionError(f"The keys of the mappings do not match:\\n{sorted(actual.keys())} != {sorted(expected.keys())}")
                    for k in actual:
                        _compare_item(actual[k], expected[k], path + [k], rtol, atol, equal_nan, check_dtype)
                    return
                raise TypeError(f"No comparison pair was able to handle inputs of type {type(actual)} and {type(expected)}.")


            def _compare_item(actual, expected, path, rtol, atol, equal_nan, check_dtype):
                if path and not (isinstance(actual, (list, tuple, dict)) and isinstance(expected, (list, tuple, dict))):
                    try:
                        return _compare(actual, expected, path, rtol, atol, equal_nan, check_dtype)
                    except AssertionError as e:
                        raise AssertionError(f"{e}\\n\\nThe failure occurred for item {''.join(str([p]) for p in path)}")
                return _compare(actual, expected, path, rtol, atol, equal_nan, check_dtype)


            def assert_close(actual, expected, *, allow_subclasses=True, rtol=None, atol=None, equal_nan=False,
                             check_device=True, check_dtype=True, check_layout=True, check_stride=False, msg=None):
                try:
                    _compare_item(actual, expected, [], rtol, atol, equal_nan, check_dtype)
                except AssertionError as e:
                    if msg is None:
                        raise
                    raise AssertionError(msg(str(e)) if callable(msg) else msg)
            """;
}
