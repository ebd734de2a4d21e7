"""Code for ``spacy train --code models/spacy_code.py``: registers komunikat's tokenizer and features."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# spacy train resets the current ops to a fresh NumpyOps, so the faster matrix product goes on the
# class itself (training only; the run-time pipeline swaps the ops in pipeline/nlp.py).
from thinc.backends.numpy_ops import NumpyOps  # noqa: E402

import pipeline.entities  # noqa: E402,F401  (registers komunikat.NameClassEmbed.v1)
import pipeline.tokenizer  # noqa: E402,F401  (registers komunikat.press_tokenizer.v1)
from pipeline.nlp import blas_gemm  # noqa: E402

NumpyOps.gemm = blas_gemm
