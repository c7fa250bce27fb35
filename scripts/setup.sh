#!/usr/bin/env bash
# Install mcp-memory and its development tools into ./.venv (idempotent).
# CPU-only torch first: a plain `pip install torch` would pull a multi-gigabyte CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
if ! python -c "import torch" 2>/dev/null; then
  # TORCH_INDEX_URL lets machines that reach download.pytorch.org ask for its CPU wheels.
  python -m pip install --quiet "torch==2.13.0" ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"}
fi
python -m pip install --quiet -e ".[dev]"
echo "mcp-memory installed in $(pwd)/.venv ($(.venv/bin/mcp-memory --help >/dev/null && echo ok))" >&2
