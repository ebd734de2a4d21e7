"""Code for ``spacy train --code models/spacy_code.py``: registers komunikat's tokenizer and features."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pipeline.entities  # noqa: E402,F401  (registers komunikat.NameClassEmbed.v1)
import pipeline.tokenizer  # noqa: E402,F401  (registers komunikat.press_tokenizer.v1)
