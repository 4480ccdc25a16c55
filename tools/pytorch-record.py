#!/usr/bin/env python3
"""Record what real PyTorch prints for Slope's reference cases.

usage: pytorch-record.py CASES.json... --out DIR

Each CASES.json is a list of {"id": ..., "code": ...}. For every case this runs the
code under PyTorch (CPU, default print options) and writes DIR/<name>.json with the
case plus "stdout" and, when the code raised, "error" (the traceback's last line).
Slope's tests compare the engine's output with these recordings.
"""
import argparse, contextlib, io, json, os, sys, traceback

def record(case):
    import torch
    torch.set_printoptions(profile="default")
    out = io.StringIO()
    err = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(case["code"], "<case>", "exec"), {"__name__": "__main__"})
        except BaseException as e:  # the message of any exception is the reference
            err = traceback.format_exception_only(type(e), e)[-1].strip()
    rec = dict(case)
    rec["stdout"] = out.getvalue()
    if err is not None:
        rec["error"] = err
    return rec

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    import torch
    os.makedirs(a.out, exist_ok=True)
    for path in a.cases:
        cases = json.load(open(path))
        recs = [record(c) for c in cases]
        name = os.path.basename(path).replace(".cases.json", ".json")
        with open(os.path.join(a.out, name), "w") as f:
            json.dump({"torch": torch.__version__, "cases": recs}, f, indent=1)
        print(f"{name}: {len(recs)} cases, {sum('error' in r for r in recs)} raised", file=sys.stderr)

if __name__ == "__main__":
    main()
