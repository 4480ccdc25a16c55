set -e
python3 -c "import torch;print(torch.__version__)"
python3 tools/pytorch-record.py tools/cases/engine.cases.json tools/cases/format.cases.json tools/cases/nn.cases.json --out $OUT
lscpu | grep -iE "model name|flags" | head -2 | cut -c1-300
